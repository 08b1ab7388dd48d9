package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Content assist at the caret ({@code |} in the text) through the language's IDE services, as the Eclipse editor
 * and a language server call them: the words of the layer-2 settings (VLAN modes, SET teaming, managed switch
 * ports) and the NICs a setting may name.
 */
public class ContentAssistTest {

	private static final Injector IDE = new HvNetIdeInjectorProvider().getInjector();
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	@AfterAll
	public static void stopPool() {
		POOL.shutdownNow();
	}

	private static List<String> proposalsAt(String textWithCaret) throws Exception {
		int caret = textWithCaret.indexOf('|');
		String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
		XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
		// the IDE language's resources, whichever language another test registered with EMF last
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("hvnet", IDE.getInstance(IResourceFactory.class));
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("assist.hvnet"));
		resource.load(new StringInputStream(text), null);
		ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(caret, 0), caret, resource);
		IdeContentProposalAcceptor acceptor = IDE.getInstance(IdeContentProposalAcceptor.class);
		IDE.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<String> offered = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			offered.add(entry.getProposal());
		}
		return offered;
	}

	private static void assertOffers(List<String> offered, String... expected) {
		assertTrue(offered.containsAll(List.of(expected)), () -> "expected " + List.of(expected) + " in " + offered);
	}

	@Test
	public void afterVlanEveryModeOfSetVmNetworkAdapterVlanIsOffered() throws Exception {
		List<String> offered = proposalsAt("""
				host HV01 {
				    internal switch S
				    vm VM1 { synthetic adapter Net switch S { vlan | } }
				}
				""");
		assertOffers(offered, "access", "trunk", "isolated", "community", "promiscuous");
		// nor Xtext's placeholder for the VLAN id, the feature's name: 'vlan vlan' is no setting
		assertFalse(offered.contains("vlan"), offered::toString);
	}

	@Test
	public void whereANumberOrAnAddressGoesTheSettingsOwnWordIsNotOffered() throws Exception {
		// Xtext's placeholder for a terminal value is the feature's name: 'metric metric' is no setting either
		assertEquals(List.of(), proposalsAt("host HV01 { nic NIC1 { metric | } }\n"));
		assertEquals(List.of("dhcp"), proposalsAt("host HV01 { nic NIC1 { ip | } }\n"));
		assertEquals(List.of(), proposalsAt("physical switch PSW1 ports |\n"));
	}

	@Test
	public void aVmAdaptersMacIsTheFirstFreeAddressOfItsHostsDynamicPool() throws Exception {
		// KB2804678: 00-15-5D, the last two octets of the host's address (192.168.1.11: 01-0B), then 00-FF; 00 is
		// taken by the host vNIC (spelt in lower case), 01 by a VM adapter of another host of the file
		List<String> offered = proposalsAt("""
				host HV01 {
				    nic NIC1 { mac 00:1B:21:3A:00:01 ip 192.168.1.11/24 }
				    internal switch S
				    parent { vnic Mgmt switch S { mac 00:15:5d:01:0b:00 } }
				    vm VM1 { synthetic adapter Net switch S { mac | } }
				}
				host HV02 {
				    internal switch S
				    vm VM2 { synthetic adapter Net switch S { mac 00-15-5D-01-0B-01 } }
				}
				""");
		assertEquals(List.of("00:15:5D:01:0B:02"), offered);
		// a physical NIC's MAC is burnt in: nothing to offer
		assertEquals(List.of(), proposalsAt("host HV01 { nic NIC1 { mac | } }\n"));
	}

	@Test
	public void anAdaptersAddressIsTheLowestFreeOneOfItsSegmentsSubnetsOutsideDhcpPools() throws Exception {
		// on Lab in the untagged VLAN: .1 and .2 are held, .3-.99 are VM3's pool; VLAN 20's subnet is another segment
		List<String> offered = proposalsAt("""
				host HV01 {
				    internal switch Lab
				    parent { vnic Mgmt switch Lab { ip 10.0.60.1/24 } }
				    vm VM3 { synthetic adapter Net switch Lab { ip 10.0.60.2/24 dhcp-server pool 10.0.60.3-10.0.60.99 } }
				    vm VM5 { synthetic adapter Net switch Lab { ip | } }
				    vm VM6 { synthetic adapter Net switch Lab { vlan 20 ip 10.0.20.5/24 } }
				}
				""");
		assertEquals(List.of("10.0.60.100/24", "dhcp"), offered);
	}

	@Test
	public void aTrunksAllowedListIsFollowedByNative() throws Exception {
		List<String> offered = proposalsAt("""
				host HV01 {
				    internal switch S
				    vm VM1 { synthetic adapter Net switch S { vlan trunk 10, 20 | } }
				}
				""");
		assertOffers(offered, "native");
	}

	@Test
	public void afterTeamingBothLoadBalancingAlgorithmsAreOffered() throws Exception {
		List<String> offered = proposalsAt("""
				host HV01 {
				    nic NIC1
				    nic NIC2
				    external switch S on NIC1, NIC2 teaming |
				}
				""");
		assertOffers(offered, "dynamic", "hyperv-port");
	}

	@Test
	public void anElementCalledByAWordOfTheLanguageIsOfferedWithItsCaret() throws Exception {
		List<String> offered = proposalsAt("""
				host HV01 {
				    nic NIC1 { ip 10.0.0.1/24 }
				    vm ^switch { synthetic adapter Net }
				    vm Web { synthetic adapter Net }
				}
				scenario "s" {
				    ping |
				}
				""");
		assertTrue(offered.contains("HV01.^switch") && offered.contains("HV01.Web"), () -> "proposals: " + offered);
		assertFalse(offered.contains("HV01.switch"), () -> "proposals: " + offered);
	}

	@Test
	public void teamMemberOffersOnlyTheNicsOfTheAdaptersTeam() throws Exception {
		List<String> offered = proposalsAt("""
				host HV01 {
				    nic NIC1
				    nic NIC2
				    nic NIC3
				    external switch S on NIC1, NIC2
				    external switch Other on NIC3
				    parent { vnic Mgmt switch S { team-member | } }
				}
				""");
		// each by its short and its qualified name (HV01.NIC1), as every reference is offered
		List<String> nics = offered.stream().filter(o -> o.contains("NIC"))
				.map(n -> n.substring(n.lastIndexOf('.') + 1)).distinct().sorted().toList();
		assertEquals(List.of("NIC1", "NIC2"), nics, () -> "proposals: " + offered);
	}

	@Test
	public void aManagedSwitchsPortLineOffersBothModes() throws Exception {
		assertOffers(proposalsAt("physical switch ToR ports 48 {\n    port 1-20 |\n}\n"), "access", "trunk");
		assertOffers(proposalsAt("physical switch ToR ports 48 {\n    |\n}\n"), "default", "port");
	}
}
