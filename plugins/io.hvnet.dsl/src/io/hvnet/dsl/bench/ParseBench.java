package io.hvnet.dsl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.HvNetStandaloneSetup;

/**
 * Prints how long a cold JVM takes to parse, link and validate a generated topology of about LINES lines (default
 * 50,000): hosts with two NICs, an external switch, a host vNIC and VMs, cabled to physical switches; or the file
 * FILE (e.g. the output of bench/gen_hyperv_hosts.py 2000 20, which check-speed.sh times). Run it in a fresh JVM for
 * the cold figure (see the bundle README).
 */
public final class ParseBench {

	private ParseBench() {
	}

	public static void main(String[] args) throws Exception {
		boolean generated = args.length == 0 || args[0].chars().allMatch(Character::isDigit);
		long t0 = System.nanoTime();
		String text = generated ? generate(args.length > 0 ? Integer.parseInt(args[0]) : 50_000)
				: Files.readString(Path.of(args[0]));
		long t1 = System.nanoTime();
		Injector injector = new HvNetStandaloneSetup().createInjectorAndDoEMFRegistration();
		long t2 = System.nanoTime();
		HvNetLoader loader = new HvNetLoader(injector);
		XtextResource resource = loader.parse(loader.newResourceSet(), URI.createURI("bench.hvnet"), text);
		long parsed = System.nanoTime();
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		long t3 = System.nanoTime();
		List<Issue> issues = loader.validate(resource, CancelIndicator.NullImpl);
		long t4 = System.nanoTime();
		long errors = issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.count();
		System.out.printf("%s %d lines (%.1f MB) in %.2f s%n", generated ? "generated" : "read",
				text.lines().count(), text.length() / 1e6, (t1 - t0) / 1e9);
		System.out.printf("language set up in %.2f s%n", (t2 - t1) / 1e9);
		System.out.printf("parsed in %.2f s (%d syntax errors), linked in %.2f s%n", (parsed - t2) / 1e9,
				resource.getErrors().size(), (t3 - parsed) / 1e9);
		System.out.printf("validated in %.2f s (%d issues, %d errors)%n", (t4 - t3) / 1e9, issues.size(), errors);
		System.out.printf("parse + link + validate, cold: %.2f s (language set-up included: %.2f s)%n",
				(t4 - t2) / 1e9, (t4 - t1) / 1e9);
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
