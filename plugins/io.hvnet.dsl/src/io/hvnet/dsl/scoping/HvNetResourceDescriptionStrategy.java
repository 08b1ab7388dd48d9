package io.hvnet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import io.hvnet.dsl.hvnet.Network;

/**
 * A file without {@code package} is self-contained: it exports no names, so two such files in one project (the
 * seed's figures all have a host HV01) never link to each other by accident. Files that share a package, or import
 * one, see each other's names.
 */
public class HvNetResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (eObject.eResource() != null && !eObject.eResource().getContents().isEmpty()
				&& eObject.eResource().getContents().get(0) instanceof Network network
				&& (network.getName() == null || network.getName().isEmpty())) {
			return false;
		}
		return super.createEObjectDescriptions(eObject, acceptor);
	}
}
