// The CodeVault sign-in page. It signs in with a passkey or an emailed passcode through the server's JSON API,
// offers to create a passkey after a passcode sign-in, and, when a native app opened the page, requests a one-time
// code and sends the browser to the app's loopback address. Tokens stay in this script's memory and the page's own
// session is signed out before it leaves.
"use strict";

(function () {
    const root = document.getElementById("sign-in");
    const app = {
        redirectUri: root.dataset.redirectUri,
        state: root.dataset.state,
        codeChallenge: root.dataset.codeChallenge
    };
    const byId = (id) => document.getElementById(id);
    let attemptId = null;

    // --- base64url, because WebAuthn works on ArrayBuffers and the server's JSON carries base64url strings ---

    function toBuffer(base64url) {
        const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
        const padded = base64 + "===".slice((base64.length + 3) % 4);
        const binary = atob(padded);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toBase64url(buffer) {
        const bytes = new Uint8Array(buffer);
        let binary = "";
        for (const byte of bytes) {
            binary += String.fromCharCode(byte);
        }
        return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    // --- talking to the server ---

    async function call(method, path, body, accessToken) {
        const headers = {"Accept": "application/json"};
        if (body !== undefined) {
            headers["Content-Type"] = "application/json";
        }
        if (accessToken) {
            headers["Authorization"] = "Bearer " + accessToken;
        }
        const response = await fetch(path, {
            method: method,
            headers: headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: "omit",
            cache: "no-store"
        });
        if (response.status === 204) {
            return null;
        }
        const json = await response.json().catch(() => null);
        if (!response.ok) {
            const detail = json && (json.detail || json.title);
            throw new Error(detail || ("The server returned HTTP " + response.status + ". Try again."));
        }
        return json;
    }

    // --- screen state ---

    function show(sectionId) {
        for (const id of ["choose", "enter-code", "offer-passkey", "done"]) {
            byId(id).hidden = id !== sectionId;
        }
        status("");
        message("");
    }

    function status(text) {
        byId("status").textContent = text;
    }

    function message(text) {
        byId("message").textContent = text;
        byId("message").hidden = !text;
    }

    async function busy(button, work) {
        button.disabled = true;
        message("");
        try {
            await work();
        } catch (error) {
            status("");
            message(error && error.name === "NotAllowedError"
                ? "The passkey request was cancelled or timed out. Try again."
                : (error && error.message) || String(error));
        } finally {
            button.disabled = false;
        }
    }

    // --- passkeys ---

    function passkeysSupported() {
        return typeof window.PublicKeyCredential === "function" && !!navigator.credentials;
    }

    async function signInWithPasskey() {
        status("Waiting for your passkey...");
        const challenge = await call("POST", "/auth/passkey/options");
        const options = challenge.publicKey;
        const credential = await navigator.credentials.get({
            publicKey: {
                challenge: toBuffer(options.challenge),
                timeout: options.timeout,
                rpId: options.rpId,
                allowCredentials: [],
                userVerification: options.userVerification
            }
        });
        const response = credential.response;
        const tokens = await call("POST", "/auth/passkey/verify", {
            ceremonyId: challenge.ceremonyId,
            credential: {
                id: toBase64url(credential.rawId),
                type: credential.type,
                response: {
                    clientDataJSON: toBase64url(response.clientDataJSON),
                    authenticatorData: toBase64url(response.authenticatorData),
                    signature: toBase64url(response.signature),
                    userHandle: response.userHandle ? toBase64url(response.userHandle) : null
                }
            }
        });
        await finish(tokens);
    }

    async function createPasskey(tokens) {
        status("Follow your browser's steps to create the passkey...");
        const challenge = await call("POST", "/account/passkeys/options", undefined, tokens.accessToken);
        const options = challenge.publicKey;
        const credential = await navigator.credentials.create({
            publicKey: {
                rp: options.rp,
                user: {
                    id: toBuffer(options.user.id),
                    name: options.user.name,
                    displayName: options.user.displayName
                },
                challenge: toBuffer(options.challenge),
                pubKeyCredParams: options.pubKeyCredParams,
                timeout: options.timeout,
                excludeCredentials: (options.excludeCredentials || []).map((descriptor) => ({
                    type: descriptor.type,
                    id: toBuffer(descriptor.id),
                    transports: descriptor.transports || []
                })),
                authenticatorSelection: options.authenticatorSelection,
                attestation: options.attestation
            }
        });
        const response = credential.response;
        await call("POST", "/account/passkeys", {
            ceremonyId: challenge.ceremonyId,
            name: byId("passkey-name").value.trim() || null,
            credential: {
                id: toBase64url(credential.rawId),
                type: credential.type,
                response: {
                    clientDataJSON: toBase64url(response.clientDataJSON),
                    attestationObject: toBase64url(response.attestationObject),
                    transports: typeof response.getTransports === "function" ? response.getTransports() : null
                }
            }
        }, tokens.accessToken);
    }

    // --- passcodes ---

    async function requestPasscode() {
        const email = byId("email").value.trim();
        if (!byId("email").checkValidity() || !email) {
            throw new Error("Enter your email address, for example you@company.com.");
        }
        status("Sending...");
        const sent = await call("POST", "/auth/passcode", {email: email});
        attemptId = sent.attemptId;
        show("enter-code");
        byId("sent-to").textContent = email;
        byId("code").focus();
    }

    async function verifyPasscode() {
        const code = byId("code").value.trim();
        if (!code) {
            throw new Error("Enter the passcode from the email.");
        }
        status("Signing in...");
        const tokens = await call("POST", "/auth/passcode/verify", {attemptId: attemptId, code: code});
        if (passkeysSupported()) {
            offerPasskey(tokens);
        } else {
            await finish(tokens);
        }
    }

    function offerPasskey(tokens) {
        show("offer-passkey");
        byId("create-passkey-button").onclick = () => busy(byId("create-passkey-button"), async () => {
            await createPasskey(tokens);
            await finish(tokens);
        });
        byId("skip-passkey-button").onclick = () => busy(byId("skip-passkey-button"), () => finish(tokens));
    }

    // --- handing the sign-in to the app ---

    async function finish(tokens) {
        if (!app.redirectUri) {
            await call("POST", "/auth/sign-out", {refreshToken: tokens.refreshToken});
            show("done");
            byId("done-text").textContent = "You can close this page.";
            return;
        }
        status("Returning to the app...");
        const grant = await call("POST", "/auth/authorize", {
            redirectUri: app.redirectUri,
            state: app.state,
            codeChallenge: app.codeChallenge,
            codeChallengeMethod: "S256"
        }, tokens.accessToken);
        // The app gets a session of its own from the code, so this page's session ends here.
        await call("POST", "/auth/sign-out", {refreshToken: tokens.refreshToken});
        show("done");
        byId("done-text").textContent = "CodeVault continues in the app. You can close this page.";
        window.location.assign(grant.redirectTo);
    }

    // --- wiring ---

    if (!passkeysSupported()) {
        byId("passkey-button").disabled = true;
        byId("passkey-unsupported").hidden = false;
    }
    byId("passkey-button").onclick = () => busy(byId("passkey-button"), signInWithPasskey);
    byId("passcode-request-button").onclick = () => busy(byId("passcode-request-button"), requestPasscode);
    byId("passcode-verify-button").onclick = () => busy(byId("passcode-verify-button"), verifyPasscode);
    byId("back-button").onclick = () => show("choose");
    byId("email").addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
            byId("passcode-request-button").click();
        }
    });
    byId("code").addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
            byId("passcode-verify-button").click();
        }
    });
})();
