package org.classcruncher.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.1");

    @Test
    void isTheRemoteAddressWithoutATrustedProxy() {
        assertThat(ClientAddress.of(request("192.0.2.7", "203.0.113.9"), PROXY)).isEqualTo("192.0.2.7");
        assertThat(ClientAddress.of(request("192.0.2.7", null), Set.of())).isEqualTo("192.0.2.7");
    }

    @Test
    void isTheClientATrustedProxyNamesSkippingOtherTrustedHops() {
        assertThat(ClientAddress.of(request("10.0.0.1", "203.0.113.9"), PROXY)).isEqualTo("203.0.113.9");
        // What the client wrote itself comes first; the proxy appends the address it saw.
        assertThat(ClientAddress.of(request("10.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.1"), PROXY))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(request("10.0.0.1", " , "), PROXY)).isEqualTo("10.0.0.1");
    }

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(getLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClassLoader getLoader() {
        return ClientAddressTest.class.getClassLoader();
    }
}
