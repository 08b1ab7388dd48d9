package io.hvnet.dsl.model;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.Strings;

import io.hvnet.dsl.hvnet.Endpoint;
import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.NetworkNode;
import io.hvnet.dsl.hvnet.ParentPartition;
import io.hvnet.dsl.hvnet.SubInterface;
import io.hvnet.dsl.hvnet.VirtualSwitch;

/**
 * Names as an administrator says them, the one home of every element's name: a host's parent partition is
 * {@code HV01.parent}, and a host vNIC belongs to the host ({@code HV01.vEthernet}), not to the {@code parent} block
 * it is written in; everything else is its container's name and its own ({@code HV01.VM1.Net1}). Static, so that
 * the simulator and models built in code need no injector; the language's qualified-name provider, the simulator,
 * the diagram's ids and the CLI's endpoint names all ask here.
 */
public final class Names {

	public static final String PARENT = "parent";

	// stateless; the injected one is the same class with the same "." delimiter
	private static final IQualifiedNameConverter CONVERTER = new IQualifiedNameConverter.DefaultImpl();

	private Names() {
	}

	/** The element's qualified name, or null when it has none (a cable, a ping, a name still being typed). */
	public static QualifiedName qualified(EObject element) {
		return qualified(element, Names::qualified);
	}

	/**
	 * {@link #qualified(EObject)}, taking the names of the element's containers from {@code outer}: Xtext's name
	 * provider passes its cache of them, so a file's names are each computed once (issue #18).
	 */
	public static QualifiedName qualified(EObject element, Function<EObject, QualifiedName> outer) {
		return switch (element) {
		case null -> null;
		case ParentPartition p -> {
			QualifiedName host = p.eContainer() == null ? null : outer.apply(p.eContainer());
			yield host == null ? null : host.append(PARENT);
		}
		case HostVnic v when v.getName() != null -> {
			// the Default Switch's host vNIC is in no container: its host is the switch's
			EObject host = v.eContainer() != null ? v.eContainer().eContainer()
					: DefaultSwitch.is(v.getSwitch()) ? v.getSwitch().eContainer() : null;
			QualifiedName hostName = host instanceof Host ? outer.apply(host) : null;
			yield hostName == null ? QualifiedName.create(v.getName()) : hostName.append(v.getName());
		}
		// an 802.1Q sub-interface is its interface's name and its VLAN, as Cisco names it (R1.Gi0.10)
		case SubInterface s -> {
			QualifiedName nic = s.eContainer() == null ? null : outer.apply(s.eContainer());
			yield nic == null ? null : nic.append(Integer.toString(s.getVlan()));
		}
		default -> fromNameAttribute(element, outer);
		};
	}

	/**
	 * Why {@code typed} cannot be given as an element's name, or null: a name is the grammar's ID (letters, digits
	 * and _, not starting with a digit). A word of the language is a name too: it is written with a ^ ({@code
	 * ^cable}), which the serializer adds, and the user may type it. The diagram's rename and the rename refactoring
	 * both ask here.
	 */
	public static String whyNotAName(String typed) {
		return typed.matches("\\^?[A-Za-z_][A-Za-z0-9_]*") ? null
				: "'" + typed + "' is not a name: letters, digits and _, not starting with a digit";
	}

	/** The name {@code typed} gives: without the ^ a word of the language is written with ({@code ^cable} → cable). */
	public static String typedName(String typed) {
		return typed.startsWith("^") ? typed.substring(1) : typed;
	}

	/** {@link #qualified} as text: {@code HV01.VM1.Net1}; null when the element has no name. */
	public static String of(EObject element) {
		QualifiedName name = qualified(element);
		return name == null ? null : name.toString();
	}

	/** The name of an endpoint's IP stack: {@code HV01.parent}, {@code HV01.VM1}, {@code FileServer}. */
	public static String stack(Endpoint endpoint) {
		QualifiedName name = qualified(endpoint);
		if (name == null) {
			return null;
		}
		return (endpoint instanceof Host ? name.append(PARENT) : name).toString();
	}

	/** The element's name as seen from inside {@code context}: {@code VM1.Net1} within HV01; null if not inside. */
	public static String within(EObject context, EObject element) {
		QualifiedName outer = qualified(context);
		QualifiedName name = qualified(element);
		if (outer == null || name == null || !name.startsWith(outer) || name.equals(outer)) {
			return null;
		}
		return name.skipFirst(outer.getSegmentCount()).toString();
	}

	/**
	 * An element's name with its owner's, as a reader finds it in a message: {@code HV01.NIC1}, {@code VM1.Net} (a
	 * host vNIC's owner is its host).
	 */
	public static String label(NetworkNode node) {
		EObject owner = node.eContainer();
		if (owner instanceof ParentPartition) {
			owner = owner.eContainer();
		} else if (owner == null && node instanceof HostVnic v && DefaultSwitch.is(v.getSwitch())) {
			owner = v.getSwitch().eContainer();
		}
		return owner instanceof NetworkNode o ? o.getName() + "." + node.getName() : node.getName();
	}

	// Xtext's default: the "name" attribute split at dots, under the nearest named container.
	private static QualifiedName fromNameAttribute(EObject element, Function<EObject, QualifiedName> outer) {
		String name = nameAttribute(element);
		if (Strings.isEmpty(name)) {
			return null;
		}
		QualifiedName own = CONVERTER.toQualifiedName(name);
		for (EObject c = element.eContainer(); c != null; c = c.eContainer()) {
			QualifiedName container = outer.apply(c);
			if (container != null) {
				return container.append(own);
			}
		}
		return own;
	}

	/**
	 * The element's "name" attribute, read as Xtext's SimpleAttributeResolver.NAME_RESOLVER reads it, without the
	 * resolver's cache, which put a map entry and an adapter on every element of a file (issue #18).
	 */
	private static String nameAttribute(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		return feature instanceof EAttribute attribute && !attribute.isMany()
				&& String.class.isAssignableFrom(attribute.getEType().getInstanceClass())
						? (String) element.eGet(attribute)
						: null;
	}

	/**
	 * The name Windows and Hyper-V use for a host's element: its display name when the file gives one (a VM "Web
	 * server", a switch "Test External Network"), hvnet's identifier otherwise. Get-VM -Name, Get-VMSwitch -Name and
	 * Get-NetAdapter -Name take this name; hvnet's own name must be an identifier and may differ.
	 */
	public static String windowsName(EObject element) {
		if (element instanceof VirtualSwitch s && DefaultSwitch.is(s)) {
			return DefaultSwitch.windowsName(s);
		}
		EStructuralFeature display = element.eClass().getEStructuralFeature("displayName");
		Object value = display == null ? null : element.eGet(display);
		if (value instanceof String text && !text.isBlank()) {
			return text;
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}
}
