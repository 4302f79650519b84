#pragma once

#include <QWidget>

class QComboBox;

namespace stages {

/// The user's settings, shared by the settings dialog and the staff areas' "Settings" page:
/// the language (or "as the system") and, for information, where the database is.
/// Choosing a language emits languageChosen(); the main window saves it and retranslates.
class SettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(const QString &databaseLocation, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

signals:
    /// A language code ("cs", "en"), or empty for "follow the system".
    void languageChosen(const QString &language);

private:
    QComboBox *m_language = nullptr;
};

} // namespace stages
