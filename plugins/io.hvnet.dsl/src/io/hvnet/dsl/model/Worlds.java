package io.hvnet.dsl.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.hvnet.Network;

/**
 * Which files describe one network: a file, and the files of its resource set that declare the same package (they
 * may cable to each other's elements and share addresses). Files loaded together without a shared package (`hvnet
 * test examples/`) are separate worlds that merely run in one simulation.
 */
public final class Worlds {

	private Worlds() {
	}

	/** The networks of {@code network}'s package in its resource set; just {@code network} without a package. */
	public static List<Network> of(Network network) {
		if (network.getName() == null || network.eResource() == null || network.eResource().getResourceSet() == null) {
			return List.of(network);
		}
		return network.eResource().getResourceSet().getResources().stream().map(Resource::getContents)
				.filter(c -> !c.isEmpty() && c.get(0) instanceof Network n && network.getName().equals(n.getName()))
				.map(c -> (Network) c.get(0)).toList();
	}

	/** Whether {@code element} is in the world of any of {@code others}. */
	public static boolean sameWorld(EObject element, EObject... others) {
		EObject root = EcoreUtil.getRootContainer(element);
		for (EObject other : others) {
			if (other == null) {
				continue;
			}
			EObject otherRoot = EcoreUtil.getRootContainer(other);
			if (root == otherRoot || (root instanceof Network a && otherRoot instanceof Network b && a.getName() != null
					&& a.getName().equals(b.getName()))) {
				return true;
			}
		}
		return false;
	}
}
