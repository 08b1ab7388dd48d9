package io.hvnet.sim.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.hvnet.dsl.HvNetLoader;
import io.hvnet.dsl.tests.HvNetInjectorProvider;

/**
 * A simulator test on topologies read from real {@code .hvnet} text: the language's injector, its loader and
 * {@link Topologies} on it, fresh for every test (each test loads its own resource set).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HvNetInjectorProvider.class)
public abstract class TopologyTest {

	@Inject
	protected HvNetLoader loader;
	protected Topologies topologies;

	@BeforeEach
	void makeTopologies() {
		topologies = new Topologies(loader);
	}
}
