import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes compiled for Java 5 or older (class-file version below 50) in the jars of the directory given
 * (the CLI's target/lib) as version 50 classes with stack-map frames; run by the build after UnsignJars, on Java 24
 * or newer (the JDK's class-file API, JEP 484).
 * <p>
 * Why: Java 25's ahead-of-time cache, which {@code ./hvnet} records once per build, keeps no class older than version
 * 50, nor any class that extends one (JDK-8349009: "exclude unlinked classes from the AOTCache when AOTClassLinking
 * is enabled"; JDK-8317269 lifts this in a later Java). picocli, reload4j, jsr305 and ANTLR's runtime are such jars,
 * and with ANTLR's classes hvnet's own parser and lexer: about 300 classes loaded, parsed and verified anew on every
 * run, on the critical path of a {@code check} (issue #18).
 * <p>
 * Version 50 is the first with stack-map frames and changes nothing in what the code does; the frames are computed
 * by the JDK from the class hierarchy of these jars and the JDK, and the JVM verifies them when it loads the class
 * (a version 50 class whose frames it rejected would still be checked by the older verifier). A class whose frames
 * cannot be computed (it names a type that is not on the class path, e.g. reload4j's JMS appender) keeps its bytes.
 * Run as a source file: {@code java UpgradeOldClassFiles.java DIR}.
 */
public final class UpgradeOldClassFiles {

	private static final int FIRST_WITH_STACK_MAPS = ClassFile.JAVA_6_VERSION;

	private UpgradeOldClassFiles() {
	}

	public static void main(String[] args) throws IOException {
		List<Path> jars;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		// the class files are only read as resources, to tell the frames' common super types; nothing is loaded
		try (URLClassLoader classPath = new URLClassLoader(urls.toArray(URL[]::new), null)) {
			ClassHierarchyResolver hierarchy = ClassHierarchyResolver.defaultResolver()
					.orElse(ClassHierarchyResolver.ofResourceParsing(classPath)).cached();
			ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(hierarchy),
					ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
			for (Path jar : jars) {
				upgrade(jar, classFile);
			}
		}
	}

	/** Copies every entry in order into a new jar, old classes upgraded, that then replaces the jar if it changed. */
	private static void upgrade(Path jar, ClassFile classFile) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".upgraded");
		int upgraded = 0;
		List<String> kept = new ArrayList<>();
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry : zip.stream().toList()) {
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
					ClassModel model = classFile.parse(bytes);
					if (model.majorVersion() < FIRST_WITH_STACK_MAPS) {
						try {
							bytes = classFile.transformClass(model, ClassTransform
									.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
									.andThen(ClassTransform.endHandler(c -> c.withVersion(FIRST_WITH_STACK_MAPS, 0))));
							upgraded++;
						} catch (IllegalArgumentException | IllegalStateException e) {
							kept.add(entry.getName() + " (" + e.getMessage() + ")");
						}
					}
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				out.putNextEntry(copied);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (upgraded == 0) {
			Files.delete(copy);
			return;
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.println("upgraded " + upgraded + " classes of " + jar.getFileName() + " to class-file version "
				+ FIRST_WITH_STACK_MAPS + " (Java 25's ahead-of-time cache skips older ones)"
				+ (kept.isEmpty() ? "" : "; kept as they were: " + String.join(", ", kept)));
	}
}
