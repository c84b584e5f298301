<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>BoardEditing</name>
        <message numerus="yes">
            <source>%n frame(s) added.</source>
            <translation>
                <numerusform>%n frame added.</numerusform>
                <numerusform>%n frames added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s) now use {model}.</source>
            <translation>
                <numerusform>%n shot now uses {model}.</numerusform>
                <numerusform>%n shots now use {model}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardSync</name>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n frame</numerusform>
                <numerusform>%n frames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s)</source>
            <translation>
                <numerusform>%n shot</numerusform>
                <numerusform>%n shots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentFlow</name>
        <message numerus="yes">
            <source>%n shot(s) picked up clips that finished while it was closed.</source>
            <translation>
                <numerusform>%n shot picked up a clip that finished while it was closed.</numerusform>
                <numerusform>%n shots picked up clips that finished while it was closed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It has %n frame(s). Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</source>
            <translation>
                <numerusform>It has %n frame. Save it to keep its frame, settings and clips together; its rendered clips stay in your library either way.</numerusform>
                <numerusform>It has %n frames. Save it to keep its frames, settings and clips together; its rendered clips stay in your library either way.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoffFlow</name>
        <message numerus="yes">
            <source>%n clip(s) matched no shot of this board and were left out.</source>
            <translation>
                <numerusform>%n clip matched no shot of this board and was left out.</numerusform>
                <numerusform>%n clips matched no shot of this board and were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of the same name are already in {folder}.</source>
            <translation>
                <numerusform>%n file of the same name is already in {folder}.</numerusform>
                <numerusform>%n files of the same name are already in {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n file(s): {names}.</source>
            <translation>
                <numerusform>Exported %n file: {names}.</numerusform>
                <numerusform>Exported %n files: {names}.</numerusform>
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
        <name>QuitConfirmation</name>
        <message numerus="yes">
            <source>%n job(s) are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</source>
            <translation>
                <numerusform>%n job is still being prepared and has not been sent to RunComfy yet. Quitting now stops it before it is sent: nothing is charged, and you can send it again later.</numerusform>
                <numerusform>%n jobs are still being prepared and have not been sent to RunComfy yet. Quitting now stops them before they are sent: nothing is charged, and you can send them again later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</source>
            <translation>
                <numerusform>%n job is still running on RunComfy. It continues there, and Storyreel picks it up and downloads its video the next time you start it.</numerusform>
                <numerusform>%n jobs are still running on RunComfy. They continue there, and Storyreel picks them up and downloads their videos the next time you start it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offline preview(s) will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</source>
            <translation>
                <numerusform>%n offline preview will stop: the local preview engine stops with Storyreel, so it will be lost (nothing is charged; you can retry it).</numerusform>
                <numerusform>%n offline previews will stop: the local preview engine stops with Storyreel, so they will be lost (nothing is charged; you can retry them).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenderFlow</name>
        <message numerus="yes">
            <source>%n shot(s) rendered.</source>
            <translation>
                <numerusform>%n shot rendered.</numerusform>
                <numerusform>%n shots rendered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shot(s) rendered; {kept} kept their clips.</source>
            <translation>
                <numerusform>%n shot rendered; {kept} kept their clips.</numerusform>
                <numerusform>%n shots rendered; {kept} kept their clips.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n preview(s)</source>
            <translation>
                <numerusform>Generate %n preview</numerusform>
                <numerusform>Generate %n previews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n shot(s)</source>
            <translation>
                <numerusform>Generate %n shot</numerusform>
                <numerusform>Generate %n shots</numerusform>
            </translation>
        </message>
    </context>
</TS>
