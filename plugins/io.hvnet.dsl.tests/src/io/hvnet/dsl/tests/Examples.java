package io.hvnet.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The repository's examples/ folder, handed to the tests by the build (system property hvnet.examples). */
public final class Examples {

	private Examples() {
	}

	public static Path root() {
		String dir = System.getProperty("hvnet.examples");
		if (dir == null) {
			throw new IllegalStateException("system property hvnet.examples is not set (see the test bundle's pom.xml)");
		}
		return Paths.get(dir);
	}

	public static Path seed(String prefix) {
		return all().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no example " + prefix + "*"));
	}

	public static List<Path> all() {
		try (Stream<Path> files = Files.walk(root())) {
			return files.filter(p -> p.toString().endsWith(".hvnet")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
