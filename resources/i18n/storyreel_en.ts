<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frames added.</source>
            <translation>
                <numerusform>%n frame added.</numerusform>
                <numerusform>%n frames added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots now use {model}.</source>
            <translation>
                <numerusform>%n shot now uses {model}.</numerusform>
                <numerusform>%n shots now use {model}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</source>
            <translation>
                <numerusform>Shot {numbers} took the prompt and settings of the shot that began on the same frame.</numerusform>
                <numerusform>Shots {numbers} took the prompt and settings of the shot that began on the same frame.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model} and these settings now apply to all %n shots; each keeps its prompt.</source>
            <translation>
                <numerusform>{model} and these settings now apply to the %n shot; it keeps its prompt.</numerusform>
                <numerusform>{model} and these settings now apply to all %n shots; each keeps its prompt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{model}, these settings and this prompt now apply to all %n shots.</source>
            <translation>
                <numerusform>{model}, these settings and this prompt now apply to the %n shot.</numerusform>
                <numerusform>{model}, these settings and this prompt now apply to all %n shots.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n frame</numerusform>
                <numerusform>%n frames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots</source>
            <translation>
                <numerusform>%n shot</numerusform>
                <numerusform>%n shots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shots picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>%n shot picked up a clip that finished while it was closed.</numerusform>
                <numerusform>%n shots picked up clips that finished while it was closed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>It has %n frame. Save it to keep its frame, settings and clips together; its rendered clips stay in your library either way.</numerusform>
                <numerusform>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The image files of frames {numbers} are missing.</source>
            <translation>
                <numerusform>The image file of frame {numbers} is missing.</numerusform>
                <numerusform>The image files of frames {numbers} are missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrameRestorer</name>
        <message numerus="yes">
            <source>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</source>
            <translation>
                <numerusform>The picture {files} from last time is no longer where it was, so {place} is empty. Drop it again to use it.</numerusform>
                <numerusform>The pictures {files} from last time are no longer where they were, so they were left out. Drop them again to use them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clips matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>%n clip matched no shot of this board and was left out.</numerusform>
                <numerusform>%n clips matched no shot of this board and were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files of the same name are already in {folder}.</source>
            <translation>
                <numerusform>%n file of the same name is already in {folder}.</numerusform>
                <numerusform>%n files of the same name are already in {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files: {names}.</source>
            <translation>
                <numerusform>Exported %n file: {names}.</numerusform>
                <numerusform>Exported %n files: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n jobs match.</source>
            <translation>
                <numerusform>%n job matches.</numerusform>
                <numerusform>%n jobs match.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs match; the newest {shown} are listed.</source>
            <translation>
                <numerusform>%n job matches; the newest {shown} are listed.</numerusform>
                <numerusform>%n jobs match; the newest {shown} are listed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImageCheck</name>
        <message numerus="yes">
            <source>Ready · {width}×{height} {format} · all %n rules pass</source>
            <translation>
                <numerusform>Ready · {width}×{height} {format} · its one rule passes</numerusform>
                <numerusform>Ready · {width}×{height} {format} · all %n rules pass</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectListWidget</name>
        <message numerus="yes">
            <source>At most %n entries.</source>
            <translation>
                <numerusform>At most %n entry.</numerusform>
                <numerusform>At most %n entries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%n images given; at least {limit} needed.</source>
            <translation>
                <numerusform>%n image given; at least {limit} needed.</numerusform>
                <numerusform>%n images given; at least {limit} needed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n images given; at most {limit} allowed.</source>
            <translation>
                <numerusform>%n image given; at most {limit} allowed.</numerusform>
                <numerusform>%n images given; at most {limit} allowed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptWidget</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>%n job is still being prepared and has not been sent to RunComfy yet. Quitting now stops it before it is sent: nothing is charged, and you can send it again later.</numerusform>
                <numerusform>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>%n job is still running on RunComfy. It continues there, and Storyreel picks it up and downloads its video the next time you start it.</numerusform>
                <numerusform>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>%n offline preview will stop: the local preview engine stops with Storyreel, so it will be lost (nothing is charged; you can retry it).</numerusform>
                <numerusform>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shots rendered.</source>
            <translation>
                <numerusform>%n shot rendered.</numerusform>
                <numerusform>%n shots rendered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>%n shot rendered; {kept} kept their clips.</numerusform>
                <numerusform>%n shots rendered; {kept} kept their clips.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n previews</source>
            <translation>
                <numerusform>Generate %n preview</numerusform>
                <numerusform>Generate %n previews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shots</source>
            <translation>
                <numerusform>Generate %n shot</numerusform>
                <numerusform>Generate %n shots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RuleRows</name>
        <message numerus="yes">
            <source>%n channels</source>
            <translation>
                <numerusform>%n channel</numerusform>
                <numerusform>%n channels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frames</source>
            <translation>
                <numerusform>%n frame</numerusform>
                <numerusform>%n frames</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SequencePlayer</name>
        <message numerus="yes">
            <source> · %n shown as held frames</source>
            <translation>
                <numerusform> · %n shown as a held frame</numerusform>
                <numerusform> · %n shown as held frames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shots, {seconds} s</source>
            <translation>
                <numerusform>%n shot, {seconds} s</numerusform>
                <numerusform>%n shots, {seconds} s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpendView</name>
        <message numerus="yes">
            <source>%n of them counted at the price shown before sending, as RunComfy reported no cost.</source>
            <translation>
                <numerusform>%n of them counted at the price shown before sending, as RunComfy reported no cost.</numerusform>
                <numerusform>%n of them counted at the price shown before sending, as RunComfy reported no cost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid jobs: {amount}.</source>
            <translation>
                <numerusform>%n paid job: {amount}.</numerusform>
                <numerusform>%n paid jobs: {amount}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Free previews, counted apart: %n.</source>
            <translation>
                <numerusform>Free previews, counted apart: %n.</numerusform>
                <numerusform>Free previews, counted apart: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TakesDialog</name>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n takes</source>
            <translation>
                <numerusform>%n take</numerusform>
                <numerusform>%n takes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%n frames ≈ {seconds}</source>
            <translation>
                <numerusform>%n frame ≈ {seconds}</numerusform>
                <numerusform>%n frames ≈ {seconds}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VariationsBar</name>
        <message numerus="yes">
            <source>%n free previews of shot {shot}, {how}.</source>
            <translation>
                <numerusform>%n free preview of shot {shot}, {how}.</numerusform>
                <numerusform>%n free previews of shot {shot}, {how}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs sent: each becomes a take of this shot when it finishes.</source>
            <translation>
                <numerusform>%n job sent: it becomes a take of this shot when it finishes.</numerusform>
                <numerusform>%n jobs sent: each becomes a take of this shot when it finishes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}, at {unit} per {per}.</source>
            <translation>
                <numerusform>%n variation of shot {shot}, {how}, at {unit} per {per}.</numerusform>
                <numerusform>%n variations of shot {shot}, {how}, at {unit} per {per}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>%n variation of shot {shot}, {how}: estimated {total} in all ({each} each).</numerusform>
                <numerusform>%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>Send %n job</numerusform>
                <numerusform>Send %n jobs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VariationsButton</name>
        <message numerus="yes">
            <source>Make %n free previews, {how}?</source>
            <translation>
                <numerusform>Make %n free preview, {how}?</numerusform>
                <numerusform>Make %n free previews, {how}?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n jobs</source>
            <translation>
                <numerusform>Send %n job</numerusform>
                <numerusform>Send %n jobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n variations, {how}? Estimated {total} in all ({each} each).</source>
            <translation>
                <numerusform>Send %n variation, {how}? Estimated {total} in all ({each} each).</numerusform>
                <numerusform>Send %n variations, {how}? Estimated {total} in all ({each} each).</numerusform>
            </translation>
        </message>
    </context>
</TS>
