package id.go.kpu.eppid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client behind a request, for limits per client. Behind a reverse proxy every request comes from
 * the proxy: {@code portal.trustedProxies} lists the proxies' addresses (comma-separated), and for a request from one
 * of them the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy is taken. A header from
 * anyone else is ignored (it could be forged).
 */
public final class ClientAddress {

    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    /** @return the client's address */
    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /** @return the client's address, for a request from {@code remote} with this {@code X-Forwarded-For} (or null) */
    static String of(String remote, String forwarded, Set<String> trusted) {
        if (forwarded == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    /** Read once: the setting does not change while the portal runs, and every tracking lookup asks (issue 8, P4). */
    private static Set<String> trustedProxies() {
        Set<String> known = trusted;
        if (known == null) {
            known = readTrustedProxies();
            trusted = known;
        }
        return known;
    }

    private static Set<String> readTrustedProxies() {
        return ConfigProvider.getConfig().getOptionalValue("portal.trustedProxies", String.class)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
