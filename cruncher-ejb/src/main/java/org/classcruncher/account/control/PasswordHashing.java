package org.classcruncher.account.control;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The platform's PBKDF2 password hash with parameters chosen for today's hardware: HMAC-SHA-512, 210,000
 * iterations (OWASP's figure), a 32-byte random salt per password. The hash string records its own parameters,
 * so stronger settings later still verify older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    /** Compared against when there is no hash to check, so a wrong name costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("not a password of anyone".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Checks a password against a hash with exactly one PBKDF2 computation, whatever the input: with no hash (an
     * unknown name, a refused check) or an unreadable one, against the decoy, answering false. A null password is
     * checked as the empty one.
     */
    public boolean verify(String password, String hashed) {
        char[] given = password == null ? new char[0] : password.toCharArray();
        if (hashed == null) {
            hash.verify(given, decoy);
            return false;
        }
        try {
            return hash.verify(given, hashed);
        } catch (IllegalArgumentException unreadable) {
            hash.verify(given, decoy);
            return false;
        }
    }
}
