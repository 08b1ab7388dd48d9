import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files of every jar in the directory given (the CLI's target/lib), run by the build after it
 * copies them there. The JVM leaves the classes of signed jars out of the launcher's class-data-sharing archive:
 * Eclipse's jars were 1,060 classes, and their subclasses in hvnet more, loaded and verified anew on every start
 * (issue #18: 1.2 s instead of 0.75 s for a small check). Nothing on the command line's class path checks signatures.
 * Run as a source file: {@code java UnsignJars.java DIR}.
 */
public final class UnsignJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	private UnsignJars() {
	}

	public static void main(String[] args) throws IOException {
		try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				if (signed(jar)) {
					unsign(jar);
				}
			}
		}
	}

	private static boolean signed(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
		}
	}

	/** Copies every entry but the signature files, in order, into a new jar that then replaces the old one. */
	private static void unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.println("unsigned " + jar.getFileName() + " (class-data sharing skips signed jars)");
	}
}
