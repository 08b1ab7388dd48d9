package io.hvnet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.hvnet.dsl.hvnet.Host;
import io.hvnet.dsl.hvnet.HostVnic;
import io.hvnet.dsl.hvnet.ParentPartition;

/**
 * Names as an administrator says them: a host's parent partition is {@code HV01.parent}, and a host vNIC
 * belongs to the host ({@code HV01.vEthernet}), not to the {@code parent} block it is written in.
 */
public class HvNetQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	public static final String PARENT = "parent";

	protected QualifiedName qualifiedName(ParentPartition parent) {
		return getFullyQualifiedName(parent.eContainer()).append(PARENT);
	}

	protected QualifiedName qualifiedName(HostVnic vnic) {
		if (vnic.getName() == null) {
			return null;
		}
		EObject host = vnic.eContainer() == null ? null : vnic.eContainer().eContainer();
		QualifiedName hostName = host instanceof Host ? getFullyQualifiedName(host) : null;
		return hostName == null ? QualifiedName.create(vnic.getName()) : hostName.append(vnic.getName());
	}
}
