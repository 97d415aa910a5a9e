package org.classcruncher.plugin.control;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the calls in a plugin jar's classes that would end the server's JVM ({@code System.exit},
 * {@code Runtime.exit}, {@code Runtime.halt}), by reading each class file's constant pool: every method a class calls,
 * directly or through a method handle, is named there. A jar with such a call is refused before any of its code runs.
 * (A call made by reflection is not seen; the poison-job guard stops such a plugin from ending the server twice.)
 */
final class ForbiddenCalls {

    private static final Set<String> ENDING_THE_JVM = Set.of(
            "java/lang/System.exit", "java/lang/Runtime.exit", "java/lang/Runtime.halt");

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHOD_REF = 10;
    private static final int NAME_AND_TYPE = 12;

    private ForbiddenCalls() {
    }

    /** The forbidden calls of the jar's classes, as "System.exit in district/Quits.class", sorted. */
    static List<String> in(Path jar) throws IOException {
        Set<String> found = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        for (String call : calls(in)) {
                            if (ENDING_THE_JVM.contains(call)) {
                                found.add(call.substring("java/lang/".length()) + " in " + entry.getName());
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every method the class file refers to, as "owner/Class.name". */
    static List<String> calls(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[] natNames = new int[count];
        List<int[]> methodRefs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS -> classNames[i] = in.readUnsignedShort();
                case METHOD_REF -> methodRefs.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
                case NAME_AND_TYPE -> {
                    natNames[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 11, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> calls = new ArrayList<>();
        for (int[] ref : methodRefs) {
            calls.add(utf8[classNames[ref[0]]] + "." + utf8[natNames[ref[1]]]);
        }
        return calls;
    }
}
