package dev.codevault.backend.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address check that every mirror connection runs on the socket it opens. The IPv6 cases are built from raw
 * bytes, because the JDK turns IPv4-mapped text into an IPv4 address before the check would see it.
 */
class NetworkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "00000000000000000000ffff7f000001", // ::ffff:127.0.0.1
        "00000000000000000000ffff0a000001", // ::ffff:10.0.0.1
        "00000000000000000000ffffac100001", // ::ffff:172.16.0.1
        "00000000000000000000ffffc0a80001", // ::ffff:192.168.0.1
        "00000000000000000000ffffa9fea9fe", // ::ffff:169.254.169.254
        "0000000000000000ffff00007f000001", // ::ffff:0:127.0.0.1, IPv4-translated
        "20027f00000100000000000000000000", // 2002:7f00:1::, 6to4 of 127.0.0.1
        "2002c0a8000100000000000000000000"  // 2002:c0a8:1::, 6to4 of 192.168.0.1
    })
    void rejectsIpv6CarryingNonPublicIpv4(String hex) throws UnknownHostException {
        InetAddress address = Inet6Address.getByAddress("mirror.example", HexFormat.of().parseHex(hex), -1);

        BlockedAddressException blocked = catchThrowableOfType(
                () -> NetworkPolicy.STRICT.requireAllowed("mirror.example", address), BlockedAddressException.class);

        assertThat(blocked).as("rejection of %s", address).isNotNull();
        assertThat(blocked.getMessage()).contains("The host mirror.example resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00000000000000000000ffff08080808", // ::ffff:8.8.8.8
        "20020808080800000000000000000000", // 2002:808:808::, 6to4 of 8.8.8.8
        "26064700000000000000000000001111"  // 2606:4700::1111
    })
    void acceptsIpv6CarryingPublicIpv4(String hex) throws UnknownHostException {
        InetAddress address = Inet6Address.getByAddress("mirror.example", HexFormat.of().parseHex(hex), -1);

        assertThatCode(() -> NetworkPolicy.STRICT.requireAllowed("mirror.example", address))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fe80::1", "fd00::1", "fc00::1", "::1", "::", "ff02::1", "2001:db8::1", "64:ff9b::a00:1"})
    void rejectsNonPublicIpv6(String text) throws UnknownHostException {
        assertThat(NetworkPolicy.isPublic(InetAddress.getByName(text))).as(text).isFalse();
    }

    @Test
    void allowsLoopbackWhenAdminAllows() throws UnknownHostException {
        NetworkPolicy allowing = new NetworkPolicy(true, false);

        assertThatCode(() -> allowing.requireAllowed("localhost", InetAddress.getByName("127.0.0.1")))
                .doesNotThrowAnyException();
    }
}
