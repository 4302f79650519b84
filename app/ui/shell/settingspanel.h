#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;

namespace stages {

class AccountService;

namespace music {
class SoundService;
class SoundSettingsWidget;
} // namespace music

/// The user's settings on the staff areas' "Settings" page (never before sign-in, never for pupils):
/// the language (or "as the system"), the look (light, dark, high contrast or as the system) and a
/// larger text size, and, for information, where the database is.
/// Choosing a language emits languageChosen(); the main window saves it and retranslates.
class SettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(const QString &databaseLocation, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    /// Light, dark, high contrast or as the system; applied at once and remembered.
    QComboBox *lookBox() const { return m_look; }
    QCheckBox *largerTextBox() const { return m_largerText; }
    /// Adds the sound part (SoundFont file, diagnostics) for @p sound; a chosen SoundFont is
    /// saved with UiSettings. Without it the panel has no sound part.
    void setSoundService(music::SoundService *sound);
    music::SoundSettingsWidget *soundSettings() const { return m_sound; }
    /// Adds "Change my password…" for the signed-in staff member (ChangePasswordDialog).
    void setPasswordChange(AccountService &accounts, const Session &session);
    QPushButton *changePasswordButton() const { return m_password; }
    /// Opens the About box with the privacy notice for parents.
    QPushButton *aboutButton() const { return m_about; }

signals:
    /// A language code ("cs", "en"), or empty for "follow the system".
    void languageChosen(const QString &language);

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_look = nullptr;
    QCheckBox *m_largerText = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_about = nullptr;
    QPushButton *m_password = nullptr;
    music::SoundSettingsWidget *m_sound = nullptr;
};

} // namespace stages
