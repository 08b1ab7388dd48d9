package io.hvnet.dsl.scoping;

import java.util.Collections;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

import io.hvnet.dsl.hvnet.HvnetPackage;
import io.hvnet.dsl.model.Names;

/**
 * The scope of a ping endpoint: VMs and servers by their names, hosts only as {@code <host>.parent} (a host's IP
 * stack is its parent partition's). Single lookups go straight to the delegate, so linking stays cheap and
 * Xtext's import tracking sees qualified names.
 */
final class ParentPartitionScope implements IScope {

	private final IScope delegate;

	ParentPartitionScope(IScope delegate) {
		this.delegate = delegate;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		if (name.getSegmentCount() > 1 && Names.PARENT.equals(name.getLastSegment())) {
			IEObjectDescription host = delegate.getSingleElement(name.skipLast(1));
			if (host != null && host.getEClass() == HvnetPackage.Literals.HOST) {
				return EObjectDescription.create(name, host.getEObjectOrProxy());
			}
		}
		IEObjectDescription found = delegate.getSingleElement(name);
		return found == null || isHost(found) ? null : found;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		IEObjectDescription single = getSingleElement(name);
		return single == null ? Collections.emptyList() : Collections.singletonList(single);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		Iterable<IEObjectDescription> all = getElements(object);
		return Iterables.getFirst(all, null);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return Iterables.transform(delegate.getElements(object), this::aliased);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return Iterables.transform(delegate.getAllElements(), this::aliased);
	}

	private IEObjectDescription aliased(IEObjectDescription d) {
		return isHost(d) ? EObjectDescription.create(d.getName().append(Names.PARENT),
				d.getEObjectOrProxy()) : d;
	}

	private static boolean isHost(IEObjectDescription d) {
		return d.getEClass() == HvnetPackage.Literals.HOST;
	}
}
