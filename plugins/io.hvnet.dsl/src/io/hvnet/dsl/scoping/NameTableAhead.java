package io.hvnet.dsl.scoping;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hvnet.dsl.Joining;

/**
 * A file's name table built on another thread while the linker walks the file for its links (issue #18: building
 * the table was a third of resolving a 56k-line file's links, on the one busy core). The first name lookup, when the
 * linker sets the links it met, takes it. Only for models that nothing changes meanwhile
 * ({@code ReadOnlyModelsLinker}): the table reads the elements and their names while the linker writes only their
 * references.
 */
public final class NameTableAhead extends AdapterImpl {

	private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "hvnet name table");
		t.setDaemon(true);
		return t;
	});

	private final CompletableFuture<FileNames> table;

	private NameTableAhead(CompletableFuture<FileNames> table) {
		this.table = table;
	}

	/** Starts building {@code resource}'s name table; the resource's elements must not change until it is taken. */
	public static void start(Resource resource) {
		resource.eAdapters().add(new NameTableAhead(CompletableFuture.supplyAsync(() -> FileNames.of(resource), BUILDER)));
	}

	/** The table started for {@code resource}, once (waiting for it); null when none was. */
	static FileNames take(Resource resource) {
		Adapter ahead = EcoreUtil.getExistingAdapter(resource, NameTableAhead.class);
		if (!(ahead instanceof NameTableAhead started)) {
			return null;
		}
		resource.eAdapters().remove(started);
		return Joining.join(started.table);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == NameTableAhead.class;
	}
}
