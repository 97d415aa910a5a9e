package org.classcruncher.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the WAR the build made, as shipped or with the test runner let in. */
final class TestDeployments {

    private TestDeployments() {
    }

    /** The WAR as shipped ({@code cruncher.war}, built by the package phase). */
    static WebArchive shipped() {
        return ShrinkWrap.create(ZipImporter.class, "cruncher.war")
                .importFrom(new File(System.getProperty("cruncher.war")))
                .as(WebArchive.class);
    }

    /**
     * The WAR with in-container tests: these classes, and the helpers that the client-side tests' lambdas name (JUnit's
     * discovery in the container reflects on them). Arquillian's test runner servlet knows no login, so the deployed
     * copy of web.xml leaves that one path open (the shipped WAR has no such servlet).
     */
    static WebArchive withTests(Class<?>... tests) {
        WebArchive war = shipped();
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<security-constraint><web-resource-collection><web-resource-name>Arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection>"
                + "</security-constraint>\n    <security-role>";
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.replaceFirst("<security-role>", open)))
                .addClasses(tests)
                .addClasses(TestDeployments.class, Schools.class, PortalPage.class, PortalPage.Row.class,
                        TestAccounts.class, TestAccounts.Account.class, Http.class, Http.Answer.class,
                        ServerLog.class);
    }
}
