package io.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hvnet.diagram.model.ElementIds;
import io.hvnet.diagram.model.ElementIndex;
import io.hvnet.diagram.model.TopologyGraph;
import io.hvnet.diagram.source.SourceModel;
import io.hvnet.diagram.source.SourceModelLoader;
import io.hvnet.dsl.tests.Examples;

/** Resolving ids from the model alone gives what drawing it gives: the same ids, for the same elements. */
public class ElementIdsTest {

	private static final SourceModelLoader LOADER = new SourceModelLoader(DiagramSession.LANGUAGE);

	static List<Path> examples() {
		return Examples.all();
	}

	@ParameterizedTest
	@MethodSource("examples")
	public void resolverAndDrawingAgreeOnEveryId(Path example) {
		SourceModel model = LOADER.load(URI.createFileURI(example.toAbsolutePath().toString()), Examples.read(example),
				Map.of());
		ElementIndex drawn = new ElementIndex();
		new TopologyGraph(drawn).build(model.network());
		ElementIndex resolved = ElementIds.of(model.network());

		assertFalse(drawn.ids().isEmpty(), example + " draws nothing");
		assertEquals(drawn.ids(), resolved.ids(), example.toString());
		for (String id : drawn.ids()) {
			assertSame(drawn.get(id), resolved.get(id), id);
		}
		model.resource().getAllContents().forEachRemaining(
				(EObject e) -> assertEquals(drawn.drawnIdOf(e), resolved.drawnIdOf(e), e.toString()));
	}
}
