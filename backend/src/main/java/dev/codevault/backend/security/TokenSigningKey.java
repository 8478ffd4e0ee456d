package dev.codevault.backend.security;

/**
 * The HMAC-SHA256 key that signs and verifies access tokens.
 *
 * @param material     at least 32 bytes
 * @param fromSettings whether the key came from {@code CODEVAULT_TOKEN_SECRET} rather than from the master key
 */
record TokenSigningKey(byte[] material, boolean fromSettings) {

    @Override
    public String toString() {
        return "TokenSigningKey[" + material.length * 8 + " bits, fromSettings=" + fromSettings + "]";
    }
}
