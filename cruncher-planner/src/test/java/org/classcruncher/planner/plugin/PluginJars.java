package org.classcruncher.planner.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

/** Plugin jars built during a test: one source file compiled against the test class path, with its services file. */
final class PluginJars {

    private PluginJars() {
    }

    /** @param spiVersion the manifest's {@code Class-Cruncher-SPI}, or {@code null} for a jar without a manifest */
    static void write(Path jar, String className, String source, String spi, String spiVersion) throws IOException {
        Path sources = Files.createTempDirectory("plugin-src");
        Path classes = Files.createTempDirectory("plugin-classes");
        Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertThat(exit).as("plugin compiles").isZero();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(path -> path.toString().endsWith(".class")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            if (spiVersion != null) {
                put(entries, "META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\nClass-Cruncher-SPI: " + spiVersion
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Path classFile : classFiles) {
                put(entries, classes.relativize(classFile).toString().replace('\\', '/'),
                        Files.readAllBytes(classFile));
            }
            put(entries, "META-INF/services/" + spi, (className + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
