package org.classcruncher.planner.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What a plugin jar's code may reach, checked on its bytecode before any class of it loads: an allow-list, not a
 * deny-list, because a call can be hidden (a name built at run time and looked up by reflection) but the code that
 * makes it cannot. Every method a plugin calls and every field it reads must belong to the jar itself, to the plugin
 * SPI or the API records, or to plain JDK types: numbers, strings, math, the collections, streams and functional
 * interfaces. So no reflection ({@code Class}, {@code java.lang.reflect}, method handles), no {@code System} or
 * {@code Runtime}, no threads or executors, no I/O, files, network or class loading: nothing with which a policy could
 * end the server, outlive its call or touch the database. Lambdas, string concatenation, records and switches compile
 * to {@code invokedynamic} with the JDK's own bootstraps; those bootstraps are allowed, no other.
 *
 * <p>A plugin may still loop or wait; its calls are timed ({@code PolicyWatch}) and a plugin that overruns is
 * disabled after a few overruns, so it holds a bounded number of threads.
 */
final class PluginCode {

    private static final Set<String> PLUGIN_API_PACKAGES = Set.of("org/classcruncher/spi/", "org/classcruncher/api/");

    private static final Set<String> PLAIN_JAVA_LANG = Set.of(
            "Object", "String", "StringBuilder", "CharSequence", "Comparable", "Iterable", "Enum", "Record",
            "Integer", "Long", "Double", "Float", "Short", "Byte", "Character", "Boolean", "Number", "Void",
            "Math", "StrictMath", "Cloneable", "AutoCloseable",
            "Throwable", "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException",
            "ArithmeticException", "NullPointerException", "IndexOutOfBoundsException",
            "ArrayIndexOutOfBoundsException", "UnsupportedOperationException", "ClassCastException",
            "NumberFormatException", "InterruptedException", "AssertionError", "MatchException",
            "CloneNotSupportedException", "NoSuchFieldError", "IncompatibleClassChangeError");

    /** Whole packages of plain values and collections (their subpackages are not included). */
    private static final Set<String> PLAIN_PACKAGES = Set.of("java/util/", "java/util/function/",
            "java/util/stream/", "java/math/");

    /** In those packages, types that load classes, read files or start threads. */
    private static final Set<String> NOT_PLAIN = Set.of("java/util/ServiceLoader", "java/util/Timer",
            "java/util/TimerTask", "java/util/Scanner", "java/util/Formatter", "java/util/Properties",
            "java/util/ResourceBundle", "java/util/ListResourceBundle", "java/util/PropertyResourceBundle");

    /** Members of plain types that read the server's settings. */
    private static final Set<String> NOT_PLAIN_MEMBERS = Set.of("java/lang/Integer.getInteger",
            "java/lang/Long.getLong", "java/lang/Boolean.getBoolean");

    /** Members of other types that plain code compiles to. */
    private static final Set<String> PLAIN_MEMBERS = Set.of("java/lang/System.arraycopy",
            "java/lang/Class.desiredAssertionStatus");

    /** The JDK's bootstraps of lambdas, string concatenation, records and pattern switches. */
    private static final Set<String> COMPILER_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");

    private PluginCode() {
    }

    /**
     * What the jar's classes reach beyond what a plugin may, as "java.lang.System.exit in district/Quits.class",
     * sorted; empty when the jar may load.
     */
    static List<String> reachBeyondTheApi(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> classes = Collections.list(file.entries()).stream()
                    .filter(entry -> entry.getName().endsWith(".class")).toList();
            Set<String> own = new HashSet<>();
            for (JarEntry entry : classes) {
                own.add(entry.getName().substring(0, entry.getName().length() - ".class".length()));
            }
            Set<String> beyond = new TreeSet<>();
            for (JarEntry entry : classes) {
                try (InputStream in = file.getInputStream(entry)) {
                    for (String member : reachedBy(in.readAllBytes())) {
                        if (!allowed(member, own)) {
                            beyond.add(member.replace('/', '.') + " in " + entry.getName());
                        }
                    }
                }
            }
            return List.copyOf(beyond);
        }
    }

    private static boolean allowed(String member, Set<String> own) {
        String owner = member.substring(0, member.lastIndexOf('.'));
        if (owner.startsWith("[")) {
            return true; // an array's clone() or length
        }
        if (PLAIN_MEMBERS.contains(member) || COMPILER_BOOTSTRAPS.contains(member)) {
            return true;
        }
        if (NOT_PLAIN_MEMBERS.contains(member)) {
            return false;
        }
        return own.contains(owner) || plainType(owner);
    }

    private static boolean plainType(String owner) {
        String outer = owner.contains("$") ? owner.substring(0, owner.indexOf('$')) : owner;
        String packageName = outer.substring(0, outer.lastIndexOf('/') + 1);
        if (PLUGIN_API_PACKAGES.contains(packageName)) {
            return true;
        }
        if (packageName.equals("java/lang/")) {
            return PLAIN_JAVA_LANG.contains(outer.substring(packageName.length()));
        }
        return PLAIN_PACKAGES.contains(packageName) && !NOT_PLAIN.contains(outer);
    }

    /** Every method and field one class file's code uses, as "owner/Type.name", bootstraps included. */
    static Set<String> reachedBy(byte[] classFile) {
        Set<String> members = new TreeSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String type,
                                                boolean isInterface) {
                        members.add(owner + "." + method);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String type) {
                        members.add(owner + "." + field);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String type, Handle bootstrap,
                                                       Object... arguments) {
                        add(bootstrap);
                        for (Object argument : arguments) {
                            add(argument);
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        add(value);
                    }

                    private void add(Object constant) {
                        if (constant instanceof Handle handle) {
                            members.add(handle.getOwner() + "." + handle.getName());
                        } else if (constant instanceof ConstantDynamic dynamic) {
                            add(dynamic.getBootstrapMethod());
                            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                                add(dynamic.getBootstrapMethodArgument(i));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return members;
    }
}
