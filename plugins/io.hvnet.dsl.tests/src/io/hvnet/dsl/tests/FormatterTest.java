package io.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.hvnet.dsl.hvnet.Network;

/** The formatter keeps the examples as they are (they are written in the house style) and fixes ugly text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public class FormatterTest {

	@Inject
	private ParseHelper<Network> parser;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<IFormatter2> formatters;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	private String format(String text) throws Exception {
		Network network = parser.parse(text);
		ITextRegionAccess access = regionAccess.get().forNodeModel((XtextResource) network.eResource()).create();
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}

	static List<Path> examples() {
		return Examples.all();
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void examplesAreInHouseStyle(Path file) throws Exception {
		String text = Examples.read(file);
		assertEquals(text, format(text));
	}

	@Test
	public void uglyTextGetsTheHouseStyle() throws Exception {
		String ugly = "host   HV01{nic NIC1 \"Intel\"{mac 00:15:5D:00:00:01   bindings vms}\n"
				+ "external switch Ext on NIC1 parent{vnic vEthernet switch Ext{ip 192.168.1.10/24}}}\n"
				+ "physical switch PSW1 ports 8 cable   HV01.NIC1 to PSW1   port 1\n";
		String expected = """
				host HV01 {
				    nic NIC1 "Intel" {
				        mac 00:15:5D:00:00:01
				        bindings vms
				    }
				    external switch Ext on NIC1
				    parent {
				        vnic vEthernet switch Ext {
				            ip 192.168.1.10/24
				        }
				    }
				}
				physical switch PSW1 ports 8
				cable HV01.NIC1 to PSW1 port 1
				""";
		assertEquals(expected, format(ugly));
		assertEquals(expected, format(expected));
	}

	@Test
	public void vlanModesStayOnTheirLineWithRangesWritten100To199() throws Exception {
		String ugly = "host HV01 { private switch P vm A { synthetic adapter X switch P { ip 10.0.0.1/24 vlan trunk 10 ,20,"
				+ "  100 - 199   native 1 metric 5 } }\n"
				+ "vm B { synthetic adapter X switch P { vlan   promiscuous primary 10 secondary 200-202 , 205 } } }\n";
		String expected = """
				host HV01 {
				    private switch P
				    vm A {
				        synthetic adapter X switch P {
				            ip 10.0.0.1/24
				            vlan trunk 10, 20, 100-199 native 1
				            metric 5
				        }
				    }
				    vm B {
				        synthetic adapter X switch P {
				            vlan promiscuous primary 10 secondary 200-202, 205
				        }
				    }
				}
				""";
		assertEquals(expected, format(ugly));
		assertEquals(expected, format(expected));
	}
}
