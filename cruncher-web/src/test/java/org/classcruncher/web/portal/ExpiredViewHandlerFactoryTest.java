package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiredViewHandlerFactoryTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "'', /index.xhtml, null, /index.xhtml?expired=true",
            "'', /solve.xhtml, id=42, /solve.xhtml?id=42&expired=true",
            "'', /solve.xhtml, id=42&expired=true, /solve.xhtml?id=42&expired=true",
            "'', /login.xhtml, expired=true, /login.xhtml?expired=true",
            "/cruncher, /solves.xhtml, '', /cruncher/solves.xhtml?expired=true",
            "'', //evil.example/x, null, /?expired=true",
            "'', null, null, /?expired=true"})
    void sendsAnExpiredFormBackToItsOwnPageOnThisServer(String contextPath, String servletPath, String query,
                                                        String expected) {
        assertThat(ExpiredViewHandlerFactory.samePage(contextPath, servletPath, query)).isEqualTo(expected);
    }
}
