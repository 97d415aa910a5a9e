package org.classcruncher.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

/** Builds, during the test, plugin jars of a district's broken size policies: one class each. */
enum TestPluginJar {

    /** Throws on every class. */
    THROWING("always-throws", """
            throw new IllegalStateException("this rule is broken");
            """),
    /** Never answers: waits for a minute, ignoring interrupts, as a plugin stuck in a loop would. */
    STUCK("never-answers", Bodies.STUCK),
    /** Another that never answers, so that a test of the overdue timer does not count against the one above. */
    STUCK_TOO("never-answers-either", Bodies.STUCK),
    /** Would end the server: System.exit by reflection, its names built at run time. */
    EXITING("ends-the-server", """
            try {
                Class.forName("java.lang." + "Sys" + "tem").getMethod("ex" + "it", int.class).invoke(null, 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return null;
            """);

    private static final class Bodies {
        static final String STUCK = """
                Object lock = new Object();
                synchronized (lock) {
                    for (int second = 0; second < 60; second++) {
                        try { lock.wait(1000); } catch (InterruptedException ignored) { }
                    }
                }
                return null;
                """;
    }

    final String policyId;
    private final String body;

    TestPluginJar(String policyId, String body) {
        this.policyId = policyId;
        this.body = body;
    }

    /** The school request text with this policy chosen and the time limit given. */
    String chosenIn(String school, int timeLimitSeconds) {
        return school.replaceFirst("\\{", "{\"options\": {\"sizePolicy\": \"" + policyId + "\", "
                + "\"timeLimitSeconds\": " + timeLimitSeconds + "},");
    }

    void write(Path jar) throws IOException {
        Path work = Files.createTempDirectory("test-plugin");
        String className = "Policy" + ordinal();
        Path source = Files.createDirectories(work.resolve("district")).resolve(className + ".java");
        Files.writeString(source, "package district;\n"
                + "public class " + className + " implements org.classcruncher.spi.ClassSizePolicy {\n"
                + "    public String id() { return \"" + policyId + "\"; }\n"
                + "    public String description() { return \"A broken test policy.\"; }\n"
                + "    public org.classcruncher.api.ClassSizeLimits limits(java.util.List<String> grades,\n"
                + "            org.classcruncher.api.SchoolRequest school) {\n" + body + "    }\n}\n");
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), source.toString());
        if (exit != 0) {
            throw new IllegalStateException("the test plugin does not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Class-Cruncher-SPI", "1");
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("district/" + className + ".class"));
            out.write(Files.readAllBytes(work.resolve("district/" + className + ".class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/org.classcruncher.spi.ClassSizePolicy"));
            out.write(("district." + className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // Complete or absent: the server's rescan may look at the folder at any moment.
        Files.move(partial, jar, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
