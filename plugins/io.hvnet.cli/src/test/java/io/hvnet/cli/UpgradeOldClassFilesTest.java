package io.hvnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The build's rewrite of classes compiled for Java 5 ({@code src/build/UpgradeOldClassFiles.java}, so that Java 25's
 * ahead-of-time cache keeps them): run on copies of picocli's and ANTLR's runtime jars as the build runs it, every
 * class comes out at version 50 or newer, passes the JVM's verifier (with the frames the rewrite computed) and is
 * initialised; and a jar with nothing to rewrite is left as it was, byte for byte.
 */
public class UpgradeOldClassFilesTest {

	private static final Path PROGRAM = Path.of("src/build/UpgradeOldClassFiles.java");

	@Test
	public void java5ClassesBecomeVersion50AndVerify(@TempDir Path lib) throws Exception {
		assumeTrue(Runtime.version().feature() >= 24, "the rewrite needs the class-file API of Java 24 or newer");
		Path picocli = copy(CommandLine.class, lib);
		Path antlr = copy(org.antlr.runtime.Token.class, lib);
		Path gson = copy(com.google.gson.Gson.class, lib);
		byte[] gsonBefore = Files.readAllBytes(gson);
		assertTrue(oldestVersion(picocli) < 50 && oldestVersion(antlr) < 50, "the jars are Java 5's");

		String output = run(lib);
		assertTrue(output.contains("upgraded") && output.contains(picocli.getFileName().toString()), output);
		assertEquals(50, oldestVersion(picocli));
		assertEquals(50, oldestVersion(antlr));
		assertArrayEquals(gsonBefore, Files.readAllBytes(gson), "nothing to rewrite in gson");

		// a class loader of its own, whose classes the JVM verifies (and the classes of both jars, initialised)
		int loaded = 0;
		List<String> optional = new ArrayList<>();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { picocli.toUri().toURL(), antlr.toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			for (Path jar : List.of(picocli, antlr)) {
				for (String name : classNames(jar)) {
					try {
						// a VerifyError (frames that do not fit the code) would fail the test here
						Class<?> c = Class.forName(name, true, loader);
						assertEquals(loader, c.getClassLoader(), name);
						loaded++;
					} catch (NoClassDefFoundError e) {
						// its linking or initialisation needs a jar that is not here (ANTLR's StringTemplate)
						optional.add(name + ": " + e.getMessage());
					}
				}
			}
			assertEquals(42, parsedWith(loader, "-n", "42"), "the rewritten picocli still parses a command line");
		}
		assertTrue(loaded > 300 && optional.size() < 5, "classes loaded: " + loaded + ", not initialised: " + optional);
	}

	/** What picocli of {@code loader} parses for the option -n, a number, of a command made in code. */
	private static Object parsedWith(ClassLoader loader, String... args) throws ReflectiveOperationException {
		Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
		Class<?> option = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
		Object command = spec.getMethod("create").invoke(null);
		Object builder = option.getMethod("builder", String.class, String[].class).invoke(null, "-n", new String[0]);
		java.lang.reflect.Method type = builder.getClass().getMethod("type", Class.class);
		type.setAccessible(true); // declared by a builder class that is not public
		type.invoke(builder, int.class);
		spec.getMethod("addOption", option).invoke(command, builder.getClass().getMethod("build").invoke(builder));
		Object commandLine = loader.loadClass("picocli.CommandLine").getConstructor(Object.class).newInstance(command);
		Object result = commandLine.getClass().getMethod("parseArgs", String[].class).invoke(commandLine, (Object) args);
		return result.getClass().getMethod("matchedOptionValue", String.class, Object.class).invoke(result, "-n", 0);
	}

	private static Path copy(Class<?> inJar, Path lib) throws IOException, URISyntaxException {
		Path jar = Path.of(inJar.getProtectionDomain().getCodeSource().getLocation().toURI());
		return Files.copy(jar, lib.resolve(jar.getFileName()));
	}

	private static String run(Path lib) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), PROGRAM.toString(), lib.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the rewrite ends");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	private static List<String> classNames(Path jar) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : zip.stream().toList()) {
				String name = entry.getName();
				if (name.endsWith(".class") && !name.contains("-") && !name.startsWith("META-INF/")) {
					names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
				}
			}
		}
		return names;
	}

	/** The lowest class-file major version of the jar's classes (module-info aside). */
	private static int oldestVersion(Path jar) throws IOException {
		int oldest = Integer.MAX_VALUE;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
					try (InputStream in = zip.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
						data.readInt();
						data.readUnsignedShort();
						oldest = Math.min(oldest, data.readUnsignedShort());
					}
				}
			}
		}
		return oldest;
	}
}
