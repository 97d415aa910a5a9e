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

/** Builds, during the test, a plugin jar whose size policy always throws: a district's broken plugin. */
final class ThrowingPluginJar {

    static final String POLICY_ID = "always-throws";

    private static final String SOURCE = """
            package district;
            public class AlwaysThrows implements org.classcruncher.spi.ClassSizePolicy {
                public String id() { return "always-throws"; }
                public String description() { return "Fails on every class."; }
                public org.classcruncher.api.ClassSizeLimits limits(java.util.List<String> grades,
                        org.classcruncher.api.SchoolRequest school) {
                    throw new IllegalStateException("this rule is broken");
                }
            }
            """;

    private ThrowingPluginJar() {
    }

    static void write(Path jar, Path work) throws IOException {
        Path source = Files.createDirectories(work.resolve("district")).resolve("AlwaysThrows.java");
        Files.writeString(source, SOURCE);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), source.toString());
        if (exit != 0) {
            throw new IllegalStateException("the test plugin does not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Class-Cruncher-SPI", "1");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("district/AlwaysThrows.class"));
            out.write(Files.readAllBytes(work.resolve("district/AlwaysThrows.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/org.classcruncher.spi.ClassSizePolicy"));
            out.write("district.AlwaysThrows\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
