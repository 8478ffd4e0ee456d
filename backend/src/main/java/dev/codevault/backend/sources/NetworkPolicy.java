package dev.codevault.backend.sources;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The rules for where the server may connect to read a remote: which schemes, and whether non-public addresses are
 * allowed. It is checked when a URL is accepted and again on every connection, because DNS can answer differently
 * the second time.
 *
 * @param allowPrivateNetworks whether loopback, link-local, private and other non-public addresses are allowed
 * @param allowHttp            whether plain {@code http} is allowed besides {@code https}
 */
public record NetworkPolicy(boolean allowPrivateNetworks, boolean allowHttp) {

    /** The policy for production: https to public addresses only. */
    public static final NetworkPolicy STRICT = new NetworkPolicy(false, false);

    /**
     * Checks an address the server is about to connect to.
     *
     * @param host the host name it was resolved from, for the message
     * @throws BlockedAddressException when the address is not public and the policy does not allow that
     */
    public void requireAllowed(String host, InetAddress address) throws BlockedAddressException {
        if (!allowPrivateNetworks && !isPublic(address)) {
            throw new BlockedAddressException(host, address);
        }
    }

    /**
     * Returns whether an address belongs to the public internet: not loopback, link-local, private (RFC 1918 and
     * IPv6 unique local), shared (RFC 6598), unspecified, multicast, or reserved for documentation and tests. An
     * IPv6 address that carries an IPv4 address (mapped, translated, 6to4) is judged by that IPv4 address.
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(int first, int second, int third) {
        boolean thisNetwork = first == 0;
        boolean shared = first == 100 && second >= 64 && second <= 127;
        boolean ietfProtocol = first == 192 && second == 0 && third == 0;
        boolean documentation = (first == 192 && second == 0 && third == 2) || (first == 198 && second == 51
                && third == 100) || (first == 203 && second == 0 && third == 113);
        boolean benchmarking = first == 198 && (second == 18 || second == 19);
        boolean reserved = first >= 240;
        return !(thisNetwork || shared || ietfProtocol || documentation || benchmarking || reserved);
    }

    private static boolean isPublicIpv6(byte[] bytes) {
        byte[] embedded = embeddedIpv4(bytes);
        if (embedded != null) {
            return isPublic(ipv4(embedded));
        }
        boolean uniqueLocal = (bytes[0] & 0xFE) == 0xFC;
        boolean documentation = (bytes[0] & 0xFF) == 0x20 && (bytes[1] & 0xFF) == 0x01 && (bytes[2] & 0xFF) == 0x0D
                && (bytes[3] & 0xFF) == 0xB8;
        boolean ipv4Compatible = true;
        for (int i = 0; i < 12; i++) {
            ipv4Compatible &= bytes[i] == 0;
        }
        boolean nat64 = (bytes[0] & 0xFF) == 0x00 && (bytes[1] & 0xFF) == 0x64 && (bytes[2] & 0xFF) == 0xFF
                && (bytes[3] & 0xFF) == 0x9B;
        return !(uniqueLocal || documentation || ipv4Compatible || nat64);
    }

    /**
     * Returns the IPv4 address inside an IPv4-mapped ({@code ::ffff:0:0/96}), IPv4-translated
     * ({@code ::ffff:0:0:0/96}) or 6to4 ({@code 2002::/16}) address, or {@code null} for other addresses. The JDK
     * turns most mapped addresses into {@link Inet4Address}, but not those built with
     * {@link Inet6Address#getByAddress(String, byte[], int)}, so the check cannot rely on that.
     */
    private static byte[] embeddedIpv4(byte[] bytes) {
        boolean mapped = startsWithZeros(bytes, 10) && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
        if (mapped) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        boolean translated = startsWithZeros(bytes, 8) && (bytes[8] & 0xFF) == 0xFF && (bytes[9] & 0xFF) == 0xFF
                && bytes[10] == 0 && bytes[11] == 0;
        if (translated) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        boolean sixToFour = (bytes[0] & 0xFF) == 0x20 && (bytes[1] & 0xFF) == 0x02;
        if (sixToFour) {
            return Arrays.copyOfRange(bytes, 2, 6);
        }
        return null;
    }

    private static boolean startsWithZeros(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
