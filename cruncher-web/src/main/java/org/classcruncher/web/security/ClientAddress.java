package org.classcruncher.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request comes from, as the login throttle counts it. Behind a reverse proxy every request comes from
 * the proxy: its address, listed in {@code cruncher.proxies.trusted} (comma-separated), is replaced by the client the
 * proxy names in {@code X-Forwarded-For}, the nearest one that is not itself a trusted proxy. A header from anyone
 * else is ignored, since a client can write whatever it likes there.
 */
public final class ClientAddress {

    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request, trusted());
    }

    static String of(HttpServletRequest request, Set<String> trusted) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private static Set<String> trusted() {
        Set<String> current = trusted;
        if (current == null) {
            current = ConfigProvider.getConfig().getOptionalValue("cruncher.proxies.trusted", String.class)
                    .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                            .collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
            trusted = current;
        }
        return current;
    }
}
