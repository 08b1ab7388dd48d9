package io.hvnet.dsl.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.hvnet.dsl.hvnet.Adapter;
import io.hvnet.dsl.hvnet.HvnetFactory;
import io.hvnet.dsl.hvnet.HvnetPackage.Literals;
import io.hvnet.dsl.hvnet.VlanIdRange;
import io.hvnet.dsl.model.PrivateVlanMode;
import io.hvnet.dsl.validation.NumberRanges;

/**
 * Set-VMNetworkAdapterVlan on the model: an adapter's VLAN mode set from the text the language writes after
 * {@code vlan} and {@code VlanMembership.describe} shows ({@code 10}, {@code access 10}, {@code trunk 10, 20, 100-199
 * native 1}, {@code isolated primary 10 secondary 200}, {@code promiscuous primary 10 secondary 200, 201}; empty or
 * {@code 0} = untagged). Ids are checked here because the text must not get a number the language cannot hold; what
 * a mode needs (a native VLAN, one secondary) is the validator's to say, on the text.
 */
public final class VlanSetting {

	/** Text that names no VLAN mode; the message says what was expected. */
	public static final class Refused extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private final List<String> words;
	private int at;

	private VlanSetting(String text) {
		this.words = List.of(text.trim().replace(",", " , ").split("\\s+"));
	}

	/** Every feature the language writes a VLAN mode with. */
	public static final List<EStructuralFeature> FEATURES = List.of(Literals.ADAPTER__VLAN, Literals.ADAPTER__ACCESS,
			Literals.ADAPTER__TRUNK, Literals.ADAPTER__TRUNK_VLANS, Literals.ADAPTER__PRIVATE_VLAN,
			Literals.ADAPTER__SECONDARY_VLANS);

	/** Replaces the adapter's VLAN mode with the one {@code text} writes. */
	public static void set(Adapter adapter, String text) {
		Adapter parsed = new VlanSetting(text).parse();
		for (EStructuralFeature feature : FEATURES) {
			if (parsed.eIsSet(feature)) {
				Object value = parsed.eGet(feature);
				// a list's objects move to the adapter: copy the list first, the move empties it
				adapter.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
			} else {
				adapter.eUnset(feature);
			}
		}
	}

	/**
	 * The adapter's mode as the text writes it after {@code vlan} (empty when none is written), from its features as
	 * they are, so that a rewritten setting keeps the user's own form ({@code access 10}, {@code 10, 11, 12}).
	 */
	public static String text(Adapter adapter) {
		boolean vlanSet = adapter.eIsSet(Literals.ADAPTER__VLAN);
		PrivateVlanMode mode = PrivateVlanMode.of(adapter.getPrivateVlan());
		if (mode != null) {
			return mode.word() + (vlanSet ? " primary " + adapter.getVlan() : "")
					+ (adapter.getSecondaryVlans().isEmpty() ? "" : " secondary " + list(adapter.getSecondaryVlans()));
		}
		if (adapter.isTrunk()) {
			return "trunk" + (adapter.getTrunkVlans().isEmpty() ? "" : " " + list(adapter.getTrunkVlans()))
					+ (vlanSet ? " native " + adapter.getVlan() : "");
		}
		if (adapter.isAccess()) {
			return "access " + adapter.getVlan();
		}
		return vlanSet ? Integer.toString(adapter.getVlan()) : "";
	}

	private static String list(List<VlanIdRange> ranges) {
		StringBuilder text = new StringBuilder();
		for (VlanIdRange range : ranges) {
			text.append(text.length() == 0 ? "" : ", ").append(range.getFirst())
					.append(range.getLast() == 0 ? "" : "-" + range.getLast());
		}
		return text.toString();
	}

	/** The mode, on a detached adapter that only carries it. */
	private Adapter parse() {
		Adapter a = HvnetFactory.eINSTANCE.createPhysicalNic();
		String first = next();
		if (first == null) {
			return a;
		}
		switch (first.toLowerCase(Locale.ROOT)) {
		case "access" -> {
			a.setAccess(true);
			a.setVlan(id(next(), "the access VLAN", 0));
		}
		case "trunk" -> {
			a.setTrunk(true);
			ids(a.getTrunkVlans(), "native");
			if ("native".equals(peek())) {
				next();
				a.setVlan(id(next(), "the native VLAN", 0));
			}
		}
		default -> {
			PrivateVlanMode mode = PrivateVlanMode.of(first.toLowerCase(Locale.ROOT));
			if (mode == null) {
				int vlan = id(first, "a VLAN", 0);
				if (vlan != 0) {
					a.setVlan(vlan);
				}
				break;
			}
			a.setPrivateVlan(mode.word());
			if ("primary".equals(peek())) {
				next();
				a.setVlan(id(next(), "the primary VLAN", 1));
			}
			if ("secondary".equals(peek())) {
				next();
				ids(a.getSecondaryVlans(), null);
			}
		}
		}
		if (peek() != null) {
			throw new Refused("'" + peek() + "' is not expected here; write a VLAN mode as 10, access 10, "
					+ "trunk 10, 20, 100-199 native 1, or isolated|community|promiscuous primary 10 secondary 200");
		}
		return a;
	}

	/** A list {@code 10, 20, 100-199} up to {@code stop} or the end. */
	private void ids(List<VlanIdRange> into, String stop) {
		List<VlanIdRange> ids = new ArrayList<>();
		while (peek() != null && !peek().equals(stop)) {
			if (!ids.isEmpty()) {
				if (!",".equals(next())) {
					throw new Refused("VLAN ids are separated by commas");
				}
			}
			String word = next();
			VlanIdRange range = HvnetFactory.eINSTANCE.createVlanIdRange();
			int dash = word == null ? -1 : word.indexOf('-', 1);
			range.setFirst(id(dash < 0 ? word : word.substring(0, dash), "a VLAN id", 1));
			if (dash >= 0) {
				range.setLast(id(word.substring(dash + 1), "a VLAN id", 1));
				if (range.getLast() < range.getFirst()) {
					throw new Refused("the range " + word + " is reversed; write " + range.getLast() + "-"
							+ range.getFirst());
				}
			}
			ids.add(range);
		}
		into.addAll(ids);
	}

	private static int id(String word, String what, int min) {
		if (word == null) {
			throw new Refused(what + " is missing");
		}
		long id;
		try {
			id = Long.parseLong(word);
		} catch (NumberFormatException e) {
			throw new Refused(what + " is a number, not '" + word + "'");
		}
		if (id < min || id > NumberRanges.MAX_VLAN) {
			throw new Refused(what + " is " + min + " to " + NumberRanges.MAX_VLAN + ", not " + word);
		}
		return (int) id;
	}

	private String peek() {
		return at < words.size() && !words.get(at).isEmpty() ? words.get(at) : null;
	}

	private String next() {
		String word = peek();
		at++;
		return word;
	}
}
