package io.hvnet.powershell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The commit a file is at, for an exported script's header: git's last commit of the file, provided the file has no
 * uncommitted change. Null without git, outside a work tree, or with changes: the header then says so.
 */
final class GitCommit {

	private GitCommit() {
	}

	static String of(Path file) {
		Path dir = file.toAbsolutePath().getParent();
		String name = file.getFileName().toString();
		String changes = git(dir, "status", "--porcelain", "--", name);
		if (changes == null || !changes.isEmpty()) {
			return null;
		}
		String commit = git(dir, "log", "-1", "--format=%H", "--", name);
		return commit == null || commit.isEmpty() ? null : commit;
	}

	/** git's trimmed output, or null when git is missing, fails or takes more than 10 s. */
	private static String git(Path dir, String... args) {
		List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(false)
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			byte[] out = process.getInputStream().readAllBytes();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return null;
			}
			return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
