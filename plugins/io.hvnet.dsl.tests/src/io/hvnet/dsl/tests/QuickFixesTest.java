package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.hvnet.Network;
import io.hvnet.dsl.ide.quickfix.QuickFix;
import io.hvnet.dsl.ide.quickfix.QuickFixes;
import io.hvnet.dsl.validation.IssueCodes;

/** Each quick fix applied to real text: the diagnostic goes, the rest of the text (comments too) stays. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetIdeInjectorProvider.class)
public class QuickFixesTest {

	@Inject
	private ParseHelper<Network> parser;
	@Inject
	private ValidationTestHelper validation;

	private String fix(String text, String code) throws Exception {
		return fix(text, code, 1, 0);
	}

	/** Applies fix {@code index} of the {@code count} offered for {@code code}; the diagnostic must be gone after it. */
	private String fix(String text, String code, int count, int index) throws Exception {
		Network network = parser.parse(text);
		EcoreUtil.resolveAll(network);
		Issue issue = validation.validate(network).stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(code + " not raised"));
		List<QuickFix> fixes = QuickFixes.of((XtextResource) network.eResource(), issue);
		assertEquals(count, fixes.size(), () -> "fixes for " + code + ": " + fixes);
		String fixed = fixes.get(index).applyTo(text);
		Network after = parser.parse(fixed);
		EcoreUtil.resolveAll(after);
		assertTrue(after.eResource().getErrors().isEmpty(), fixed);
		assertTrue(validation.validate(after).stream().noneMatch(i -> code.equals(i.getCode())), fixed);
		return fixed;
	}

	@Test
	public void aNicOnANonExternalSwitch() throws Exception {
		String text = """
				host H {
				    nic N
				    internal switch S on N
				    parent {
				        vnic V switch S
				    }
				}
				""";
		assertEquals(text.replace("internal switch S on N", "external switch S on N"),
				fix(text, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, 2, 0));
		assertEquals(text.replace("internal switch S on N", "internal switch S"),
				fix(text, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, 2, 1));
	}

	@Test
	public void aVmsVlanIsAddedToTheTrunkItsHostIsCabledTo() throws Exception {
		String text = """
				host H {
				    nic N { bindings vms }
				    external switch E on N
				    parent {
				        vnic V switch E
				    }
				    vm VM1 {
				        synthetic adapter Net1 switch E {
				            vlan 20
				        }
				    }
				}
				physical switch P ports 8 {
				    // the hosts' ports
				    port 1-4 trunk 10, 100-199 native 1 // tagged
				}
				cable H.N to P port 3
				""";
		assertEquals(text.replace("trunk 10, 100-199 native 1", "trunk 10, 100-199, 20 native 1"),
				fix(text, IssueCodes.VLAN_NOT_ON_UPLINK_PORT));
		// a NIC's own VLAN on the port its cable ends in
		String server = "physical switch P ports 8 {\n    port 1 trunk 10\n}\nserver S {\n    nic N { vlan 20 }\n}\n"
				+ "cable S.N to P port 1 // the file server\n";
		assertEquals(server.replace("trunk 10", "trunk 10, 20"), fix(server, IssueCodes.CABLE_VLAN_MISMATCH));
	}

	@Test
	public void vmsAndIpv4OnOneNic() throws Exception {
		String text = "host H {\n    nic N { bindings vms, ipv4 }\n}\n";
		assertEquals(text.replace("bindings vms, ipv4", "bindings vms"), fix(text, IssueCodes.VMS_WITH_IPV4, 2, 0));
		assertEquals(text.replace("bindings vms, ipv4", "bindings ipv4"), fix(text, IssueCodes.VMS_WITH_IPV4, 2, 1));
	}

	@Test
	public void aHostVnicOnAPrivateSwitch() throws Exception {
		String text = """
				host H {
				    nic N
				    private switch P
				    parent {
				        vnic V switch P
				    }
				}
				""";
		assertEquals(text.replace("private switch P", "internal switch P"),
				fix(text, IssueCodes.HOST_VNIC_ON_PRIVATE, 2, 0));
		assertEquals(text.replace("        vnic V switch P\n", ""), fix(text, IssueCodes.HOST_VNIC_ON_PRIVATE, 2, 1));
	}

	@Test
	public void aTrunkOnAPhysicalNicBecomesItsNativeVlanAndCommentsStay() throws Exception {
		String text = """
				server S {
				    // the uplink
				    nic N {
				        ip 10.0.0.1/24 // its address
				        vlan trunk 10, 20 native 10
				    }
				}
				""";
		assertEquals(text.replace("vlan trunk 10, 20 native 10", "vlan 10"), fix(text, IssueCodes.VLAN_MODE_ON_NIC));
	}

	@Test
	public void theNativeVlanJoinsTheAllowedListInItsPlace() throws Exception {
		String text = """
				host H {
				    private switch P
				    vm V {
				        // tagged guest
				        synthetic adapter X switch P { vlan trunk 10, 30-40 native 20 } // trunk
				    }
				}
				""";
		assertEquals(text.replace("10, 30-40 native 20", "10, 20, 30-40 native 20"),
				fix(text, IssueCodes.NATIVE_VLAN_NOT_ALLOWED));
	}

	@Test
	public void aLinkSpeedOnAVirtualAdapter() throws Exception {
		String inline = """
				host H {
				    internal switch S
				    parent {
				        vnic V switch S { speed 10 Gbps }
				    }
				}
				""";
		assertEquals(inline.replace("{ speed 10 Gbps }", "{ }"), fix(inline, IssueCodes.SPEED_ON_VIRTUAL));
		String ownLine = """
				host H {
				    internal switch S
				    parent {
				        vnic V switch S {
				            speed 10 Gbps
				            ip 10.0.0.1/24
				        }
				    }
				}
				""";
		assertEquals(ownLine.replace("            speed 10 Gbps\n", ""), fix(ownLine, IssueCodes.SPEED_ON_VIRTUAL));
	}

	@Test
	public void rebindATakenNicToVmsOnly() throws Exception {
		String text = """
				host H {
				    nic N { bindings ipv4, ipv6 } // the uplink
				    nic M
				    external switch E on N
				    parent {
				        vnic V switch E
				    }
				}
				""";
		assertEquals(text.replace("bindings ipv4, ipv6", "bindings vms"), fix(text, IssueCodes.TAKEN_NIC_BINDINGS));
	}

	@Test
	public void restoreFreshBindings() throws Exception {
		String text = "host H {\n    nic N { bindings vms }\n}\n";
		assertEquals("host H {\n    nic N { }\n}\n", fix(text, IssueCodes.VMS_WITHOUT_SWITCH));
	}

	@Test
	public void addTheMissingHostVnicToAnExistingParent() throws Exception {
		String text = """
				host H {
				    nic N
				    nic M
				    external switch E on N
				    internal switch I
				    parent {
				        vnic V switch I
				    }
				}
				""";
		String fixed = fix(text, IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC);
		assertEquals(text.replace("        vnic V switch I\n",
				"        vnic V switch I\n        vnic vE \"vEthernet (E)\" switch E\n"), fixed);
	}

	@Test
	public void addTheMissingHostVnicWithANewParent() throws Exception {
		String text = "host H {\n    nic N\n    nic M\n    external switch E on N\n}\n";
		assertEquals("host H {\n    nic N\n    nic M\n    external switch E on N\n    parent {\n"
				+ "        vnic vE \"vEthernet (E)\" switch E\n    }\n}\n", fix(text, IssueCodes.EXTERNAL_WITHOUT_HOST_VNIC));
	}

	@Test
	public void addAPrefixLength() throws Exception {
		String text = "server S { nic N { ip 10.0.0.5 } }\n";
		assertEquals("server S { nic N { ip 10.0.0.5/24 } }\n", fix(text, IssueCodes.ADDRESS_WITHOUT_PREFIX));
	}

	@Test
	public void aTakenNicHandsItsAddressToTheHostVnicAndCommentsStay() throws Exception {
		String text = """
				// lab host
				host H {
				    // the uplink, cabled to PSW1
				    nic N {
				        ip 10.0.0.2/24 // the host's address
				        gateway 10.0.0.1
				    } // taken below
				    external switch E on N // the switch
				    parent {
				        // the management OS's adapter
				        vnic V "vEthernet (E)" switch E
				    }
				}
				""";
		String fixed = fix(text, IssueCodes.TAKEN_NIC_BINDINGS);
		assertEquals("""
				// lab host
				host H {
				    // the uplink, cabled to PSW1
				    nic N {
				    } // taken below
				    external switch E on N // the switch
				    parent {
				        // the management OS's adapter
				        vnic V "vEthernet (E)" switch E {
				            ip 10.0.0.2/24
				            gateway 10.0.0.1
				        }
				    }
				}
				""", fixed);
	}

	@Test
	public void aFixedSettingKeepsTheCommentsAroundIt() throws Exception {
		String text = """
				host H {
				    internal switch S // host-only
				    parent {
				        vnic V switch S { // measured on the wire
				            speed 10 Gbps
				            ip 10.0.0.1/24 // fixed address
				        }
				    }
				    nic N { bindings vms, ipv4 } // one of the two
				}
				""";
		assertEquals(text.replace("            speed 10 Gbps\n", ""), fix(text, IssueCodes.SPEED_ON_VIRTUAL));
		assertEquals(text.replace("bindings vms, ipv4", "bindings ipv4"), fix(text, IssueCodes.VMS_WITH_IPV4, 2, 1));
	}

	@Test
	public void makingASwitchExternalKeepsItsCommentAndTakesTheNic() throws Exception {
		String text = """
				host H {
				    nic N { bindings ipv4 } // uplink
				    nic M
				    /* VMs and host */ internal switch S on N // was meant to be external
				    parent {
				        vnic V switch S
				    }
				}
				""";
		assertEquals(text.replace("bindings ipv4", "bindings vms").replace("internal switch S", "external switch S"),
				fix(text, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, 2, 0));
	}

	@Test
	public void teamingOnAnInternalSwitchIsRemovedAndCommentsStay() throws Exception {
		String text = """
				host H {
				    // host-only network
				    internal switch S teaming hyperv-port // no NICs to team
				    parent {
				        vnic V switch S
				    }
				}
				""";
		assertEquals(text.replace("internal switch S teaming hyperv-port", "internal switch S"),
				fix(text, IssueCodes.TEAMING_WITHOUT_TEAM));
	}

	@Test
	public void makingATeamsSwitchExternalTakesEveryMember() throws Exception {
		String text = """
				host H {
				    nic N { bindings ipv4 }
				    nic M { bindings ipv4 }
				    nic Spare
				    internal switch S on N, M // two NICs: a SET team once external
				    parent {
				        vnic V switch S
				    }
				}
				""";
		assertEquals(text.replace("bindings ipv4", "bindings vms").replace("internal switch S", "external switch S"),
				fix(text, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, 2, 0));
		assertEquals(text.replace("internal switch S on N, M", "internal switch S"),
				fix(text, IssueCodes.NIC_ON_NON_EXTERNAL_SWITCH, 2, 1));
	}
}
