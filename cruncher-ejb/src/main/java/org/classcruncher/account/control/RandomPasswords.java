package org.classcruncher.account.control;

import java.security.SecureRandom;

/**
 * One-time passwords the server makes (the first admin's, an admin's reset): 16 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 92 bits, easy to read out or type from a note.
 */
public final class RandomPasswords {

    /** How long a generated password is. */
    public static final int LENGTH = 16;

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    public static String oneTime() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
