package io.hvnet.diagram.handler;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.PortMode;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.validation.NumberRanges;

/**
 * A managed port's mode typed into the Properties view, in the words the language writes it ({@code access 10},
 * {@code trunk 10, 20, 100-199 native 1}), read into a new {@link PortMode}; anything else is refused with a sentence.
 */
final class PortModeText {

	private static final Pattern ACCESS = Pattern.compile("access\\s+(\\d+)");
	private static final Pattern TRUNK = Pattern.compile("trunk((?:\\s*\\d+(?:\\s*-\\s*\\d+)?\\s*,?)*?)(?:\\s*native\\s+(\\d+))?");
	private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");

	private PortModeText() {
	}

	static PortMode parse(String value) {
		String text = value.strip();
		PortMode mode = HvnetFactory.eINSTANCE.createPortMode();
		Matcher access = ACCESS.matcher(text);
		if (access.matches()) {
			mode.setVlan(vlan(access.group(1)));
			return mode;
		}
		Matcher trunk = TRUNK.matcher(text);
		if (!trunk.matches()) {
			throw new EditRefused("a port mode is 'access N' or 'trunk 10, 20, 100-199 native 1', not '" + value + "'");
		}
		mode.setTrunk(true);
		Matcher range = RANGE.matcher(trunk.group(1));
		while (range.find()) {
			VlanIdRange ids = HvnetFactory.eINSTANCE.createVlanIdRange();
			ids.setFirst(vlan(range.group(1)));
			if (range.group(2) != null) {
				ids.setLast(vlan(range.group(2)));
			}
			mode.getAllowed().add(ids);
		}
		if (trunk.group(2) != null) {
			mode.setVlan(vlan(trunk.group(2)));
		}
		return mode;
	}

	private static int vlan(String digits) {
		long id = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
		if (id < 1 || id > NumberRanges.MAX_VLAN) {
			throw new EditRefused("a VLAN id is 1 to " + NumberRanges.MAX_VLAN + ", not " + digits);
		}
		return (int) id;
	}
}
