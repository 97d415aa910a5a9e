package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "/solves.xhtml, /solves.xhtml",
            "/solve.xhtml?id=42, /solve.xhtml?id=42",
            "null, /",
            "'', /",
            "//evil.example/, /",
            "https://evil.example/, /",
            "/\\evil.example, /",
            "/login.xhtml, /"})
    void goesOnlyToAPageOfThisServerAfterTheLogin(String next, String expected) {
        Login login = new Login();
        login.setNext(next);
        assertThat(login.safeNext()).isEqualTo(expected);
    }
}
