#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stages::music {

class SoundService;

/// The sound part of the settings: which SoundFont to use (a file chooser; the file is checked
/// by loading it before it is taken, and the engine switches to it at once) and a button for the
/// diagnostics. It does not keep settings itself: soundFontChosen() tells the app what to save.
class SoundSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SoundSettingsWidget(SoundService &sound, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *defaultButton() const { return m_default; }
    QPushButton *diagnosticsButton() const { return m_diagnostics; }

    /// Checks @p path and, when it is a usable SoundFont, uses it (empty: the default search).
    /// Returns whether it was taken; the status line says why not.
    bool choose(const QString &path);
    void openDiagnostics();

signals:
    /// A checked SoundFont path (empty: the default search) to remember.
    void soundFontChosen(const QString &path);

private:
    void refresh();

    SoundService &m_sound;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_diagnostics = nullptr;
};

} // namespace stages::music
