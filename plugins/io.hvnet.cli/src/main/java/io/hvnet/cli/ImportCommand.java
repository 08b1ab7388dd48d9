package io.hvnet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hvnet.headless.UsageException;
import io.hvnet.inventory.Inventory;
import io.hvnet.inventory.InventoryException;
import io.hvnet.inventory.InventoryImport;
import io.hvnet.inventory.InventoryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Turns Hyper-V host inventories (written on each host by scripts/Export-HvnetInventory.ps1) into"
				+ " one .hvnet file. What hvnet cannot model yet becomes a comment and a warning.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:imported (warnings, if any, on stderr)",
				"2:usage or I/O error, or an inventory that cannot be imported (nothing is written)" })
final class ImportCommand implements Callable<Integer> {

	@ParentCommand
	private HvnetCommand hvnet;

	@Parameters(paramLabel = "HOST.json", arity = "1..*", description = "one inventory per host")
	private List<Path> files;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE.hvnet",
			description = "write the .hvnet file here (default: standard output)")
	private Path out;

	@Override
	public Integer call() throws Exception {
		List<Inventory> inventories = new ArrayList<>();
		InventoryImport.Result result;
		try {
			for (Path file : files) {
				inventories.add(InventoryReader.read(file.toString(), read(file)));
			}
			result = InventoryImport.of(inventories, hvnet.injector());
		} catch (InventoryException e) {
			throw new UsageException(e.getMessage());
		}
		for (String warning : result.warnings()) {
			hvnet.err().println("hvnet: warning: " + warning);
		}
		if (out == null) {
			hvnet.out().print(result.text());
			hvnet.out().flush();
		} else {
			write(result.text());
			hvnet.err().println("hvnet: wrote " + out + " (" + inventories.size() + " host"
					+ (inventories.size() == 1 ? "" : "s") + ", " + result.warnings().size() + " warning"
					+ (result.warnings().size() == 1 ? "" : "s") + "); check it with: hvnet check " + out);
		}
		return 0;
	}

	private static byte[] read(Path file) throws UsageException {
		try {
			if (Files.isDirectory(file)) {
				throw new UsageException(file + " is a directory, not an inventory");
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		}
	}

	/** Into a temporary file next to the target, then moved over it: never a half-written .hvnet file. */
	private void write(String text) throws UsageException {
		Path target = out.toAbsolutePath();
		Path temp = null;
		try {
			Files.createDirectories(target.getParent());
			temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			try {
				if (temp != null) {
					Files.deleteIfExists(temp);
				}
			} catch (IOException ignored) {
				// the message below is what matters
			}
			throw new UsageException("cannot write " + out + ": " + e.getMessage());
		}
	}
}
