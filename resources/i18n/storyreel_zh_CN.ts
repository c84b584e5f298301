<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frame(s) added.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s) now use {model}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply settings to all shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the model of shot {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the settings of shot {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut one clip per frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut one clip per pair of frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate frame {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the prompt of shot {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame {n} ({name}) removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No images were found in the dropped folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove frame {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no image files: copy them in your file manager, or drop them on the strip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} and these settings now apply to all {n} shots; each keeps its prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model}, these settings and this prompt now apply to all {n} shots.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>One clip per frame instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a shot to see its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n} of {count} · {frames}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This storyboard has no file yet: Save gives it one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frame {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {shots} rendered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} One clip per pair of frames goes from a first frame to a last frame, so consecutive clips meet where the frames meet (shots {numbers}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy could not be reached, so the key is not checked yet: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy refused this key: it may be mistyped, expired or revoked. Copy it again from your RunComfy profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy's list of models is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of its models cannot be offered; the reasons are in the log (Help → Copy diagnostics).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some unfinished jobs cannot be followed yet: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {error}. The details are in the log (Help → Copy diagnostics).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel is still starting: try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key could not be checked: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key works: RunComfy accepted it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This job could not be cancelled: it has already started generating, and only jobs still waiting in the queue can be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished jobs could not be picked up: the details are in the log (Help → Copy diagnostics).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} The models known before are offered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shot(s) picked up clips that finished while it was closed.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A new, empty storyboard: drop frames on the strip to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't save</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It has %n frame(s). Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save storyboard as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the storyboard?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyboards (*.storyboard.json *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyboards (*.storyboard.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image files of frame(s) {numbers} are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard could not be saved to {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard is not saved in a file yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard {path} cannot be opened: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DropZone</name>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back the image that was here before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop zone for {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop {subject} here · or click to choose · Ctrl+V to paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only one image fits here; the first of the {count} was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this image (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clipboard holds no image, image file or image URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an image</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EngineChoice</name>
        <message>
            <source>Add your RunComfy API key in Settings to generate with RunComfy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EngineSwitch</name>
        <message>
            <source>Engine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free local motion sketches from your frames: not AI generation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Real generation with Seedance and Dreamina on RunComfy: paid per clip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>An export is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled: {name} was not written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export sequence as MP4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export shot list as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export shot list as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}: {seconds} s, {width}×{height}, with its captions beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot list saved as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shot list could not be saved as {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be exported: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FetchProgress</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel fetching the image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetched {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop fetching this image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the server…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Aspect ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Camera fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negative prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published title: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>Image {n}: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Export sequence as MP4…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open storyboard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add frames…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add images after the selected frame (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate the selected frame, with its shot's settings (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every shot with its frames, model, prompt, settings, cost and clip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export shot list as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export shot list as &amp;JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate selected shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected frame one place earlier (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected frame one place later (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent storyboards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One video of the whole board: finished clips, held frames for the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a storyboard file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play from this shot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected frame (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save storyboard &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the storyboard (boards with a file are also saved as you work)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the storyboard to a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start an empty storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last frame of this shot's clip becomes a new frame right after it, so the scene goes on from where the clip ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shot list for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FixConfirmation</name>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel will create a new file: {description}. Your original stays untouched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrameStrip</name>
        <message>
            <source>Drop images or a folder here to lay out your story frame by frame,
or use Add frames…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard's frames in order. Delete removes the selected frame, Ctrl+D duplicates it, Alt+Left and Alt+Right move it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GenerateFlow</name>
        <message>
            <source>Free local preview · a motion sketch, not AI generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate a clip with these settings (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the price…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} estimated · {per_unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GenericWidget</name>
        <message>
            <source>'{text}' cannot be read as a {kind} value ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A value, as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} value, as JSON</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4, landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Animatic video (MP4), with its captions (.srt) beside it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Board PDF: frames in a grid with prompts and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CMX 3600 edit decision list (.edl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captions (.srt): shot numbers and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for an editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export into folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not burnt in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenTimelineIO timeline (.otio) for DaVinci Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF &amp;paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot numbers and notes in the &amp;video:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter, landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write these files:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clip(s) matched no shot of this board and were left out.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of the same name are already in {folder}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Bring back an edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An export is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back an edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back the edit from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought back from {name} (Undo takes it back):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit lists (*.otio *.xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for an &amp;editor…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n file(s): {names}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Exporting {name} for an editor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a pair cut the shots follow their frames, so the new order and the removals were not applied: move or remove frames instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder, trim and remove shots as they were in an edited .otio or .xml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace existing files?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {number} moved to position {position}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {number} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {number} trimmed to {now} s (was {was} s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shots not rendered yet are held as their first frame.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export did not finish: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to export yet: add frames first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be brought back: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} matches the board: nothing changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message>
            <source>Applying “{title}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty. Press Enter to choose a file or Ctrl+V to paste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching the image was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image cannot be used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only http and https URLs can be used, not {scheme}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready: {width} × {height} px, {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid image: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is still being checked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>+ Add another image (up to {limit}) · drop, click or Ctrl+V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Add another image · drop, click or Ctrl+V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop zone for {subject}, image {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {limit} images fit here; {count} were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>images</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntegerWidget</name>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobEvents</name>
        <message>
            <source>{n} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} in progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Model:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clip's last frame is the new first frame: write what happens next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last frame is saved as {path}, but this model takes no frame.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModeSwitch</name>
        <message>
            <source>A row of frames cut into shots, played as one sequence (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One clip from a frame and a prompt (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single shot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelChoice</name>
        <message>
            <source>The model {model} of this job is no longer in your catalogue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings of this job are in the panel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelListRefresh</name>
        <message>
            <source>Reading the list of models…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>All RunComfy models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The video model that makes the clip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first and last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>priced per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>priced per video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} reference images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{family} models</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelSearchPopup</name>
        <message>
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search models</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditing</name>
        <message>
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>A job failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submission uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your clip is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject}: check your RunComfy generation history before trying again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumberWidget</name>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>less than {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>steps of {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message>
            <source>Add {noun}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {entry} down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {entry} up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved value {value} cannot be shown here; it is kept until you change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{noun} {n}: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Choose a model first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model to see its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This model works from text alone: it takes no image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} (image {n}): {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} are required: add at least one image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} are required: add at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required: add an image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required: add at least one entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required: choose a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required: type it as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required: write one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayerView</name>
        <message>
            <source>Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen (F or double-click; Esc leaves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute the sound (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the clip over and over (L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview · motion sketch, not AI generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a finished job to play it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clip plays here as soon as the job is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The video file {path} is missing: it may have been moved or deleted. Its output URL can still be copied from the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This clip has no sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This job finished without a video file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This job has no clip to play ({state}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be played: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Loading preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message>
            <source>Characters used, at most {limit} allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters used; under {limit} gives better results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe the motion, the camera and the mood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use example prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the clip should avoid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {limit} advised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} characters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message>
            <source>Free preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The job failed without a reason from the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The video is made but not downloaded yet: use Retry download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {time} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any moment now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>position {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{price} per {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≈ {price}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueRemovals</name>
        <message>
            <source>Remove job from the list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>About the selected job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel this job (only while it waits in the queue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue from last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy output URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy output URL or request id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy request id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the finished video again (after freeing space or fixing the folder); the job is not sent again and nothing is charged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every job you started, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load this job's model and settings into the panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No jobs yet. Choose a model, add your frames on the left and press Generate: your clips will line up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open generation history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the video in your system's player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open your RunComfy generation history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this job from the list (the video file stays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy may already have this job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the same settings again as a new job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this job again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clip's last frame becomes the first frame of a new shot, so the scene goes on from where it ends</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n job(s) are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline preview(s) will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Keep Storyreel open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Storyreel?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some jobs are not finished yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shot(s) rendered.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s) rendered; {kept} kept their clips.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add frames first: drop images or a folder on the strip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every shot is already rendered from its current inputs: nothing was sent, nothing was paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame {n} ({name}) is still being checked.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Generate %n preview(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shot(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Generate only the selected shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate · {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is sent without a price: check your connection and key, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One clip per pair of frames needs at least two frames.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the price of the shots to render…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the shots to generate first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send every shot that needs it through the queue; the price is shown first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending the shots…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel is still starting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard could not be rendered: {error}. The details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SampleButton</name>
        <message>
            <source>Try the sample “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: puts this frame in the panel, with a suggested prompt if yours is empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeedWidget</name>
        <message>
            <source>A new random seed is picked for each generation. Click to lock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a new random seed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Randomise seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seed shown is used for every generation. Click to unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>🎲 randomise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>🔒 locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>🔓 new each time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SequenceFlow</name>
        <message>
            <source>Continue from the clip's last frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n} has no finished clip yet: generate it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clip's last frame is now frame {n}: its shot goes on from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last frame could not be taken from the clip: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sequence cannot be played: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The storyboard was closed before the last frame was ready; it is saved as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to play yet: add frames first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This job has no video file to continue from.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message>
            <source> · {held} shown as held frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shots yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play or pause the sequence (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play sequence shows the whole board here: finished clips back to back, and each shot not rendered yet as its first frame, held for its length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sequence player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sequence time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n} of {count} · {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n} · not rendered yet: its first frame, held for {s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n}: {file} cannot be played ({reason}); skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held frame, not rendered yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} shots, {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{s} s clip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>A key is set (hidden). Type a new one to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask RunComfy for a model's price with this key: costs nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking RunComfy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the library folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find your key in your RunComfy profile. Storyreel keeps it in your system's keyring, never in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the API address below, once it is a usable one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {base}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many jobs Storyreel sends, follows and downloads at the same time (from the next start).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs at once:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs running at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Library folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste your RunComfy API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result of the key test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RunComfy API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell me when a job finishes while Storyreel is in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API address this key is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key is stored in your system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library folder is empty: choose where your videos should go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library folder {path} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Storyreel will ask for it again next time; to avoid that, set RUNCOMFY_API_TOKEN in your environment or unlock your system keyring.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShotNoteEditor</name>
        <message>
            <source>&amp;Note (action or dialogue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown in the captions, on the board PDF and in the edit list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <source>One clip per pair of frames needs at least two frames: add another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shots cut from your frames appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShotSettings</name>
        <message>
            <source>&amp;Model:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply settings and prompt to all shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply to all shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give every shot this model and these settings; each keeps its own prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected shot</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SingleShotDocument</name>
        <message>
            <source>Add an entry to {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose image for {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop image on {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix image in {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste image into {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove an entry from {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove image from {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore previous image in {label}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clip missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame {n} ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move frame {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rendered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shot {n} · {s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: being checked…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≈ {price}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoryboardView</name>
        <message>
            <source>Board summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the sequence as one MP4, the shot list, or everything an editor needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate all shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate the selected shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One clip per frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One clip per pair of frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the board: finished clips back to back, held frames for the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyboard name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StructuredWidget</name>
        <message>
            <source>Entry {n}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the shape the model asks for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON, shaped like:
{example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lay the JSON out again, one entry per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This JSON is nested too deeply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Switch</name>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Click a shot to play the sequence from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sequence timeline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoHub</name>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VideoSurface</name>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeBanner</name>
        <message>
            <source>Add your RunComfy API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your RunComfy key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change your RunComfy API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change your RunComfy key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a model first, then pick a sample.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the welcome (Help → Show welcome brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel turns still pictures into short video clips. Put a picture in the first frame box, describe the motion in the prompt, and press Generate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample “{title}” could not be copied to {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try a sample:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until you add a RunComfy API key, it runs on the free &lt;b&gt;offline preview&lt;/b&gt;: local motion sketches made from your frames (camera moves and transitions), &lt;b&gt;not AI generation&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Storyreel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your RunComfy API key is set, so Generate makes &lt;b&gt;real AI clips&lt;/b&gt; with Seedance and Dreamina on RunComfy, paid per clip. The free offline preview (motion sketches, not AI generation) is one click away in the toolbar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your key is on runcomfy.com, under {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is in the panel. Press Generate to see it move.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;About Storyreel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Single shot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Storyreel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a frame box first, then paste the image into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics copied to the clipboard (without your API key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an image into the focused frame box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read RunComfy's list of models now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;toryboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storyreel {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library folder {path} cannot be created: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns still frames into video clips with ByteDance's Seedance and Dreamina models on RunComfy's Model API. The offline preview makes free local motion sketches, not AI generation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ComboChoice</name>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_StillView</name>
        <message>
            <source>Held frame</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
