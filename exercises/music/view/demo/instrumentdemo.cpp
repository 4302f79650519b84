// instrument-demo: the three on-screen instruments in tabs, silent, for trying them out and for
// screenshots. Not installed. Options:
//   --tab xylophone|piano|drums   which tab to open
//   --pentatonic                  xylophone in the pentatonic layout
//   --light NOTE[,NOTE...]        light these notes (as if the app were playing them)
//   --dark                        a dark palette, to check contrast
//   --print                       print every noteOn/noteOff to stdout

#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/noteoutput.h"
#include "exercises/music/view/pianowidget.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

using namespace stages::music;

namespace {

class PrintingOutput : public NoteOutput
{
public:
    void noteOn(int channel, int midiNote, int velocity) override
    {
        std::printf("noteOn  channel %d note %d velocity %d\n", channel, midiNote, velocity);
        std::fflush(stdout);
    }
    void noteOff(int channel, int midiNote) override
    {
        std::printf("noteOff channel %d note %d\n", channel, midiNote);
        std::fflush(stdout);
    }
};

QWidget *page(QWidget *instrument, QWidget *controls = nullptr)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    if (controls)
        layout->addWidget(controls);
    layout->addWidget(instrument, 1);
    return widget;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("Tab to open."), QStringLiteral("name"));
    const QCommandLineOption pentatonicOption(QStringLiteral("pentatonic"), QStringLiteral("Pentatonic xylophone."));
    const QCommandLineOption lightOption(QStringLiteral("light"), QStringLiteral("Notes to light."),
                                         QStringLiteral("notes"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    const QCommandLineOption printOption(QStringLiteral("print"), QStringLiteral("Print notes."));
    parser.addOptions({ tabOption, pentatonicOption, lightOption, darkOption, printOption });
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xe2));
        QApplication::setPalette(dark);
    }

    PrintingOutput printer;
    NoteOutput *output = parser.isSet(printOption) ? &printer : nullptr;

    QTabWidget tabs;
    tabs.setWindowTitle(QApplication::translate("InstrumentDemo", "Instruments"));

    auto *xylophone = new XylophoneWidget;
    xylophone->setNoteOutput(output);
    if (parser.isSet(pentatonicOption))
        xylophone->setBarLayout(XylophoneWidget::BarLayout::Pentatonic);
    auto *xyloControls = new QWidget;
    auto *xyloRow = new QHBoxLayout(xyloControls);
    auto *layoutBox = new QComboBox;
    layoutBox->addItem(QApplication::translate("InstrumentDemo", "C major (8 bars)"));
    layoutBox->addItem(QApplication::translate("InstrumentDemo", "Pentatonic"));
    layoutBox->setCurrentIndex(parser.isSet(pentatonicOption) ? 1 : 0);
    QObject::connect(layoutBox, &QComboBox::currentIndexChanged, xylophone, [xylophone](int index) {
        xylophone->setBarLayout(index == 0 ? XylophoneWidget::BarLayout::Diatonic
                                           : XylophoneWidget::BarLayout::Pentatonic);
    });
    auto *playButton = new QPushButton(QApplication::translate("InstrumentDemo", "Play me a tune"));
    QObject::connect(playButton, &QPushButton::clicked, xylophone, [xylophone] {
        // "Lit in sync with the sound": the app would start each note in its engine at the same time.
        const QList<int> bars = xylophone->notes();
        for (int i = 0; i < bars.size(); ++i)
            QTimer::singleShot(i * 300, xylophone, [xylophone, note = bars[i]] { xylophone->highlight(note, 250); });
    });
    xyloRow->addWidget(layoutBox);
    xyloRow->addWidget(playButton);
    xyloRow->addStretch();

    auto *piano = new PianoWidget;
    piano->setNoteOutput(output);
    auto *drums = new DrumPadsWidget;
    drums->setNoteOutput(output);

    tabs.addTab(page(xylophone, xyloControls), QApplication::translate("InstrumentDemo", "Xylophone"));
    tabs.addTab(page(piano), QApplication::translate("InstrumentDemo", "Piano"));
    tabs.addTab(page(drums), QApplication::translate("InstrumentDemo", "Drums"));

    const QString tab = parser.value(tabOption);
    InstrumentWidget *current = xylophone;
    if (tab == QLatin1String("piano")) {
        tabs.setCurrentIndex(1);
        current = piano;
    } else if (tab == QLatin1String("drums")) {
        tabs.setCurrentIndex(2);
        current = drums;
    }
    current->setFocus();
    if (parser.isSet(lightOption)) {
        const QStringList notes = parser.value(lightOption).split(QLatin1Char(','));
        QTimer::singleShot(300, current, [current, notes] {
            for (const QString &note : notes)
                current->highlight(note.toInt(), 60 * 60 * 1000);
        });
    }

    tabs.resize(1100, 520);
    tabs.show();
    return app.exec();
}
