package dev.codevault.backend.mirror;

import dev.codevault.backend.sources.NetworkPolicy;
import javax.net.ssl.SSLSocketFactory;

/**
 * What a JGit connection opened on the current thread must obey: the network policy, and the TLS socket factory
 * that the guarded sockets are layered on.
 *
 * @param policy the allowed schemes and addresses
 * @param tls    the factory that makes the TLS layer, with the trust store to verify servers against
 */
record ConnectionRules(NetworkPolicy policy, SSLSocketFactory tls) {
}
