package io.hvnet.headless;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.hvnet.dsl.HvNetText;

/** Turns the PATH arguments into readable .hvnet texts, refusing what is not one with a one-line reason. */
public final class InputFiles {

	/** Far above any real topology (50,000 lines are ~1.5 MB); protects the parser and the user's patience. */
	static final long MAX_BYTES = 32L * 1024 * 1024;

	public record Input(Path path, String text) {
	}

	private InputFiles() {
	}

	public static List<Path> expand(List<Path> arguments) throws UsageException {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				try (Stream<Path> walk = Files.walk(argument)) {
					List<Path> found = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".hvnet"))
							.sorted().toList();
					if (found.isEmpty()) {
						throw new UsageException("no .hvnet files under " + argument);
					}
					files.addAll(found);
				} catch (IOException e) {
					throw new UsageException("cannot read directory " + argument + ": " + reason(e));
				}
			} else if (Files.exists(argument)) {
				files.add(argument);
			} else {
				throw new UsageException("no such file or directory: " + argument);
			}
		}
		return files;
	}

	public static Input read(Path file) throws UsageException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new UsageException(file + " is not a regular file");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new UsageException(String.format("%s is too large (%.1f MiB; hvnet reads files up to %d MiB)",
						file, size / 1048576.0, MAX_BYTES / 1048576));
			}
			byte[] bytes = Files.readAllBytes(file);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					throw new UsageException(file + " is not a text file (NUL byte at offset " + i + ")");
				}
			}
			try {
				return new Input(file, HvNetText.decode(bytes));
			} catch (CharacterCodingException e) {
				throw new UsageException(file + ":" + HvNetText.malformedAt(bytes) + ": not UTF-8 text");
			}
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + reason(e));
		}
	}

	private static String reason(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
