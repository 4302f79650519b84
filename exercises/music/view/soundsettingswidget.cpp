#include "exercises/music/view/soundsettingswidget.h"

#include "audio/soundfontlocator.h"
#include "exercises/music/view/sounddiagnosticsdialog.h"
#include "exercises/music/view/soundservice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages::music {

SoundSettingsWidget::SoundSettingsWidget(SoundService &sound, QWidget *parent)
    : QWidget(parent)
    , m_sound(sound)
{
    setObjectName(QStringLiteral("soundSettings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("soundFontPath"));
    //: Screen reader name of the field with the SoundFont file's path
    m_path->setAccessibleName(tr("SoundFont file"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Found automatically"));
    row->addWidget(m_path, 1);
    m_choose = new QPushButton(tr("Choose\u2026"), this);
    m_choose->setObjectName(QStringLiteral("chooseSoundFont"));
    row->addWidget(m_choose);
    //: Forget the chosen SoundFont and search for one as at first
    m_default = new QPushButton(tr("Default"), this);
    m_default->setObjectName(QStringLiteral("defaultSoundFont"));
    row->addWidget(m_default);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("soundFontStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_diagnostics = new QPushButton(tr("Sound diagnostics\u2026"), this);
    m_diagnostics->setObjectName(QStringLiteral("soundDiagnosticsButton"));
    layout->addWidget(m_diagnostics, 0, Qt::AlignLeft);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString current = m_sound.configuredSoundFontPath().isEmpty() ? audio::SoundFontLocator::find()
                                                                            : m_sound.configuredSoundFontPath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a SoundFont"), QFileInfo(current).absolutePath(),
                                                          tr("SoundFonts (*.sf2 *.sf3)"));
        if (!path.isEmpty())
            choose(path);
    });
    connect(m_default, &QPushButton::clicked, this, [this] { choose(QString()); });
    connect(m_diagnostics, &QPushButton::clicked, this, &SoundSettingsWidget::openDiagnostics);
    refresh();
}

bool SoundSettingsWidget::choose(const QString &path)
{
    if (!path.isEmpty()) {
        const Status usable = SoundService::checkSoundFont(path);
        if (!usable) {
            m_status->setText(usable.error());
            m_status->setStyleSheet(QStringLiteral("color: #C62828;"));
            return false;
        }
    }
    m_sound.setSoundFontPath(path);
    emit soundFontChosen(path);
    refresh();
    return true;
}

void SoundSettingsWidget::refresh()
{
    m_path->setText(QDir::toNativeSeparators(m_sound.configuredSoundFontPath()));
    const QString found = m_sound.configuredSoundFontPath().isEmpty() ? audio::SoundFontLocator::find()
                                                                      : m_sound.configuredSoundFontPath();
    if (found.isEmpty())
        m_status->setText(tr("No SoundFont found: music exercises work without sound."));
    else
        m_status->setText(tr("Instrument sounds from %1").arg(QDir::toNativeSeparators(found)));
    m_status->setStyleSheet(found.isEmpty() ? QStringLiteral("color: #BF360C;") : QStringLiteral("color: #546E7A;"));
}

void SoundSettingsWidget::openDiagnostics()
{
    SoundDiagnosticsDialog dialog(m_sound, this);
    dialog.exec();
}

} // namespace stages::music
