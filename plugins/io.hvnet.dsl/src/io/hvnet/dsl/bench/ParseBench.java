package io.hvnet.dsl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.ReadOnlyModelsModule;
import io.hvnet.dsl.parser.antlr.LexedText;

/**
 * Prints how long a cold JVM takes, phase by phase, to read, lex, parse, link and validate a generated topology of
 * about LINES lines (default 50,000): hosts with two NICs, an external switch, a host vNIC and VMs, cabled to physical
 * switches; or the file FILE (e.g. the output of bench/gen_hyperv_hosts.py 2000 20, which check-speed.sh times). The
 * phases are the command line's: the language's injector is built on a second thread while the text is read and
 * lexed. Run it in a fresh JVM for the cold figure (check-speed.sh runs it with ./hvnet's options).
 */
public final class ParseBench {

	private ParseBench() {
	}

	public static void main(String[] args) throws Exception {
		long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		long startedMain = System.currentTimeMillis() - jvmStart;
		boolean generated = args.length == 0 || args[0].chars().allMatch(Character::isDigit);
		long t0 = System.nanoTime();
		// as the command line does it: the injector is built on a second thread while the text is read and lexed
		CompletableFuture<Injector> language = CompletableFuture
				.supplyAsync(ReadOnlyModelsModule::createInjector);
		String text = generated ? generate(args.length > 0 ? Integer.parseInt(args[0]) : 50_000)
				: Files.readString(Path.of(args[0]));
		long t1 = System.nanoTime();
		LexedText lexed = LexedText.of(text);
		long lexedAt = System.nanoTime();
		HvNetLoader loader = new HvNetLoader(language.join());
		long t2 = System.nanoTime();
		XtextResource resource = loader.parse(loader.newResourceSet(), URI.createURI("bench.hvnet"), text, lexed);
		long parsed = System.nanoTime();
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		long t3 = System.nanoTime();
		List<Issue> issues = loader.validate(resource, CancelIndicator.NullImpl);
		long t4 = System.nanoTime();
		long errors = issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.count();
		System.out.printf("JVM start to main: %.2f s%n", startedMain / 1e3);
		System.out.printf("%s %d lines (%.1f MB) in %.2f s, lexed in %.2f s; language ready %.2f s later%n",
				generated ? "generated" : "read", text.lines().count(), text.length() / 1e6, (t1 - t0) / 1e9,
				(lexedAt - t1) / 1e9, (t2 - lexedAt) / 1e9);
		System.out.printf("parsed and linked in %.2f s (%d syntax errors), the links left lazy resolved in %.2f s%n",
				(parsed - t2) / 1e9, resource.getErrors().size(), (t3 - parsed) / 1e9);
		System.out.printf("validated in %.2f s (%d issues, %d errors)%n", (t4 - t3) / 1e9, issues.size(), errors);
		System.out.printf("main to validated, cold: %.2f s%n", (t4 - t0) / 1e9);
	}

	/** About 80 lines per host; every element valid, so the validator does all of its work. */
	public static String generate(int lines) {
		int hosts = Math.max(1, (lines + 77) / 78);
		int perSwitch = 46;
		int switches = (hosts + perSwitch - 1) / perSwitch;
		StringBuilder s = new StringBuilder(lines * 32);
		for (int h = 0; h < hosts; h++) {
			s.append("host HV").append(h).append(" {\n");
			s.append("    nic Mgmt \"Intel(R) I350\" {\n        mac ").append(mac(1, h)).append("\n        speed 1 Gbps\n")
					.append("        ip 10.").append(h / 250).append('.').append(h % 250 + 1).append(".1/24\n    }\n");
			s.append("    nic Uplink \"Intel(R) X710\" {\n        mac ").append(mac(2, h))
					.append("\n        speed 10 Gbps\n        bindings vms\n    }\n");
			s.append("    external switch Prod on Uplink\n");
			s.append("    parent {\n        vnic vProd switch Prod {\n            mac ").append(mac(3, h))
					.append("\n            ip 172.").append(16 + h / 62500 % 16).append('.').append(h / 250 % 250)
					.append('.').append(h % 250 + 1).append("/8\n        }\n    }\n");
			for (int v = 0; v < 8; v++) {
				int id = h * 8 + v;
				s.append("    vm VM").append(v).append(" {\n        synthetic adapter Net switch Prod {\n            mac ")
						.append(mac(4, id)).append("\n            ip 172.").append(16 + id / 62500 % 16).append('.')
						.append(id / 250 % 250).append('.').append(id % 250 + 2).append("/8\n            vlan ")
						.append(v + 1).append("\n        }\n    }\n");
			}
			s.append("}\n\n");
		}
		for (int w = 0; w < switches; w++) {
			s.append("physical switch SW").append(w).append(" ports 96\n");
		}
		for (int h = 0; h < hosts; h++) {
			int w = h / perSwitch;
			int port = h % perSwitch * 2 + 1;
			s.append("cable HV").append(h).append(".Mgmt to SW").append(w).append(" port ").append(port).append('\n');
			s.append("cable HV").append(h).append(".Uplink to SW").append(w).append(" port ").append(port + 1)
					.append('\n');
		}
		return s.toString();
	}

	private static String mac(int kind, int index) {
		return String.format("02:%02X:%02X:%02X:%02X:%02X", kind, (index >> 24) & 255, (index >> 16) & 255,
				(index >> 8) & 255, index & 255);
	}
}
