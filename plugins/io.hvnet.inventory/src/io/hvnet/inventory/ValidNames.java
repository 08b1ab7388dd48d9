package io.hvnet.inventory;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns Windows names ("Test External Network", "LAPTOP-W11", "Network Adapter") into hvnet identifiers, unique
 * within one scope: characters an identifier cannot hold are dropped, a space starts a capital ("TestExternalNetwork"),
 * '-' and '.' become '_', a leading digit gets a '_', and a grammar keyword is escaped with '^' as Xtext's ID allows.
 * The Windows name stays in the file as the element's display name where the grammar has one.
 */
final class ValidNames {

	private final Set<String> keywords;
	private final Set<String> used = new HashSet<>();

	ValidNames(Set<String> keywords) {
		this.keywords = keywords;
	}

	/** A fresh scope with the same keywords. */
	ValidNames scope() {
		return new ValidNames(keywords);
	}

	/** The identifier for {@code windowsName}, made unique in this scope by a number ("NIC2", "NIC2_2"). */
	String of(String windowsName) {
		String base = identifier(windowsName);
		String name = base;
		for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + "_" + n;
		}
		used.add(name.toLowerCase(Locale.ROOT));
		return keywords.contains(name) ? "^" + name : name;
	}

	/** Whether {@code windowsName}'s identifier is used in this scope already (a host vNIC named after its switch). */
	boolean taken(String windowsName) {
		return used.contains(identifier(windowsName).toLowerCase(Locale.ROOT));
	}

	/** Whether {@code windowsName} is an identifier as it is, so that hvnet keeps it exactly. */
	static boolean isIdentifier(String windowsName) {
		return windowsName.matches("[A-Za-z_][A-Za-z0-9_]*");
	}

	private static String identifier(String text) {
		StringBuilder id = new StringBuilder();
		boolean capital = false;
		for (char c : text.toCharArray()) {
			if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
				id.append(capital ? Character.toUpperCase(c) : c);
				capital = false;
			} else if (c == '-' || c == '.') {
				id.append('_');
			} else if (Character.isWhitespace(c)) {
				capital = true;
			}
		}
		String name = id.toString().replaceAll("_+", "_").replaceAll("^_(?=.)|_$", "");
		if (name.isEmpty()) {
			return "unnamed";
		}
		return Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}
}
