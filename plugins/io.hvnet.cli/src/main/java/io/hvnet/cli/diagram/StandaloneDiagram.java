package io.hvnet.cli.diagram;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.inject.Injector;

import io.hvnet.diagram.launch.DiagramServer;
import io.hvnet.diagram.source.FileDiagramDocument;

/**
 * A .hvnet file's diagram served to a browser, with the file as the one truth in both directions: every diagram edit
 * is saved at once (there is no other save button in a browser), and an edit of the file by another program shows in
 * the diagram within the follow interval.
 */
public final class StandaloneDiagram implements AutoCloseable {

	private static final long FOLLOW_MILLIS = 200;

	private final FileDiagramDocument document;
	private final DiagramWebServer web;
	private final ScheduledExecutorService follower;
	private FileTime seenModified;
	private long seenSize;

	private StandaloneDiagram(FileDiagramDocument document, DiagramWebServer web) {
		this.document = document;
		this.web = web;
		this.follower = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "hvnet diagram file follower");
			t.setDaemon(true);
			return t;
		});
	}

	/** {@code language} is the hvnet IDE injector (it brings Xtext's change serializer for diagram edits). */
	public static StandaloneDiagram open(Injector language, Path file, int port) throws IOException {
		FileDiagramDocument document = new FileDiagramDocument(file);
		DiagramServer server = new DiagramServer(language);
		String sourceUri = server.open(document);
		StandaloneDiagram diagram = new StandaloneDiagram(document, DiagramWebServer.start(server, sourceUri, port));
		diagram.noteFileState();
		document.addChangeListener(diagram::saveEdit);
		diagram.follower.scheduleWithFixedDelay(diagram::followFile, FOLLOW_MILLIS, FOLLOW_MILLIS,
				TimeUnit.MILLISECONDS);
		return diagram;
	}

	public URI page() {
		return web.page();
	}

	/** Browser sessions open now (for tests). */
	public int sessionCount() {
		return web.sessionCount();
	}

	private synchronized void saveEdit() {
		if (document.isDirty()) {
			document.save();
			noteFileState();
		}
	}

	private synchronized void followFile() {
		try {
			FileTime modified = Files.getLastModifiedTime(document.file());
			long size = Files.size(document.file());
			if (!Objects.equals(modified, seenModified) || size != seenSize) {
				seenModified = modified;
				seenSize = size;
				document.reloadIfChangedOnDisk();
			}
		} catch (IOException e) {
			// the file is being replaced (editors save by rename) or gone for now: try again next time
		}
	}

	private void noteFileState() {
		try {
			seenModified = Files.getLastModifiedTime(document.file());
			seenSize = Files.size(document.file());
		} catch (IOException e) {
			seenModified = null;
		}
	}

	@Override
	public void close() {
		follower.shutdownNow();
		web.close();
	}
}
