package io.hvnet.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import io.hvnet.dsl.HvNetLoader;

/**
 * {@code hvnet import}: one or more Hyper-V host inventories as one .hvnet text, formatted by the language's
 * formatter. Physical switches, servers and cables cannot be seen from a host, so they are left out with a note; when
 * NICs of two or more hosts share a subnet, a physical switch and its cables are proposed in a comment.
 */
public final class InventoryImport {

	/** The .hvnet text and the warnings (each "FILE: message") about what it could not say. */
	public record Result(String text, List<String> warnings) {
	}

	private InventoryImport() {
	}

	/** {@code language}: the runtime injector (for the grammar's keywords and the formatter). */
	public static Result of(List<Inventory> inventories, Injector language) throws InventoryException {
		Set<String> keywords = GrammarUtil.getAllKeywords(language.getInstance(IGrammarAccess.class).getGrammar());
		ValidNames hostNames = new ValidNames(keywords);
		Map<String, String> computers = new HashMap<>();
		List<String> warnings = new ArrayList<>();
		HvnetLines out = new HvnetLines();
		out.comment("Imported by `hvnet import` from the inventories of "
				+ String.join(", ", inventories.stream().map(i -> i.computerName() + " (" + i.file()
						+ (i.collectedAt() == null ? "" : ", " + i.collectedAt()) + ")").toList()) + ".");
		out.comment("Physical switches, servers and cables are not visible from a host: add them, e.g.");
		out.comment("physical switch PSW1 ports 8 / cable HOST.NIC1 to PSW1 port 1.");
		List<HostImport.AddressedNic> addressed = new ArrayList<>();
		for (Inventory inventory : inventories) {
			String earlier = computers.putIfAbsent(inventory.computerName().toLowerCase(java.util.Locale.ROOT),
					inventory.file());
			if (earlier != null) {
				throw new InventoryException(inventory.file() + ": computer " + inventory.computerName()
						+ " is imported already, from " + earlier);
			}
			HostImport host = new HostImport(inventory, hostNames.of(inventory.computerName()), new ValidNames(keywords),
					warnings);
			out.blank();
			host.write(out);
			addressed.addAll(host.addressedNics());
		}
		suggestPhysicalSwitch(out, addressed);
		return new Result(format(language, out.text()), warnings);
	}

	/**
	 * NICs of different hosts in one subnet are most likely cabled to one physical switch: propose it, commented
	 * out, since a host cannot tell which switch and port its NICs are cabled to.
	 */
	private static void suggestPhysicalSwitch(HvnetLines out, List<HostImport.AddressedNic> addressed) {
		Map<String, Set<String>> hostsBySubnet = new LinkedHashMap<>();
		for (HostImport.AddressedNic nic : addressed) {
			hostsBySubnet.computeIfAbsent(nic.subnet(), s -> new LinkedHashSet<>())
					.add(nic.qualifiedName().substring(0, nic.qualifiedName().indexOf('.')));
		}
		Set<String> shared = new LinkedHashSet<>();
		Set<String> nics = new LinkedHashSet<>();
		for (HostImport.AddressedNic nic : addressed) {
			if (hostsBySubnet.get(nic.subnet()).size() > 1) {
				shared.add(nic.subnet());
				nics.add(nic.qualifiedName());
			}
		}
		if (nics.isEmpty()) {
			return;
		}
		out.blank();
		out.comment("Suggested: NICs of several hosts share " + String.join(", ", shared)
				+ ", so they are probably cabled to one physical switch. Uncomment and adjust:");
		out.comment("physical switch PSW1 ports " + Math.max(8, nics.size()));
		int port = 1;
		for (String nic : nics) {
			out.comment("cable " + nic + " to PSW1 port " + port++);
		}
	}

	/** The language's formatter over {@code text} (as Ctrl+Shift+F formats it in the editor). */
	private static String format(Injector language, String text) {
		XtextResource resource = new HvNetLoader(language).parse(URI.createURI("import.hvnet"), text);
		if (!resource.getParseResult().hasSyntaxErrors()) {
			ITextRegionAccess access = language.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
					.create();
			FormatterRequest request = language.getInstance(FormatterRequest.class).setTextRegionAccess(access);
			return access.getRewriter().renderToString(language.getInstance(IFormatter2.class).format(request));
		}
		throw new IllegalStateException("the imported text does not parse: "
				+ resource.getParseResult().getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage()
				+ "\n" + text);
	}
}
