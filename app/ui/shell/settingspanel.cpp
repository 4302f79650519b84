#include "ui/shell/settingspanel.h"

#include "exercises/music/view/soundsettingswidget.h"
#include "i18n/translations.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/theme.h"
#include "ui/shell/uisettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QPushButton>

namespace stages {

SettingsPanel::SettingsPanel(const QString &databaseLocation, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    form->setLabelAlignment(Qt::AlignRight);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    //: Screen reader name of the language choice (its label says "Language:")
    m_language->setAccessibleName(tr("Language"));
    //: Language choice: use the language of the computer's system settings
    m_language->addItem(tr("As the system (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString &code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(UiSettings::language())));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });
    form->addRow(tr("Language:"), m_language);
    m_look = new QComboBox(this);
    m_look->setObjectName(QStringLiteral("lookBox"));
    //: Screen reader name of the look choice (its label says "Look:")
    m_look->setAccessibleName(tr("Look"));
    //: Look of the program: light or dark as the computer's system settings
    m_look->addItem(tr("As the system"), ThemePalette::keyOf(ThemePalette::Look::System));
    //: Look of the program: dark text on light backgrounds
    m_look->addItem(tr("Light"), ThemePalette::keyOf(ThemePalette::Look::Light));
    //: Look of the program: light text on dark backgrounds
    m_look->addItem(tr("Dark"), ThemePalette::keyOf(ThemePalette::Look::Dark));
    //: Look of the program: black on white, strong borders, for low vision
    m_look->addItem(tr("High contrast"), ThemePalette::keyOf(ThemePalette::Look::HighContrast));
    m_look->setCurrentIndex(qMax(0, m_look->findData(UiSettings::look())));
    //: Settings row: the colours of the program (light, dark, high contrast)
    form->addRow(tr("Look:"), m_look);
    m_largerText = new QCheckBox(tr("Larger text"), this);
    m_largerText->setObjectName(QStringLiteral("largerTextBox"));
    m_largerText->setChecked(UiSettings::largerText());
    form->addRow(QString(), m_largerText);
    auto applyLook = [this] {
        UiSettings::setLook(m_look->currentData().toString());
        UiSettings::setLargerText(m_largerText->isChecked());
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            Theme::apply(*app);
    };
    connect(m_look, &QComboBox::activated, this, applyLook);
    connect(m_largerText, &QCheckBox::toggled, this, applyLook);
    auto *database = new QLabel(QDir::toNativeSeparators(databaseLocation), this);
    database->setObjectName(QStringLiteral("databaseLocation"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);
    form->addRow(tr("Database:"), database);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A new language or look is used at once; the choice is remembered on this computer."), this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("hintSmall"));
    layout->addWidget(note);
    m_about = new QPushButton(tr("About Stages and privacy…"), this);
    m_about->setObjectName(QStringLiteral("aboutButton"));
    m_about->setToolTip(tr("The version, and what Stages keeps about children (for parents)."));
    connect(m_about, &QPushButton::clicked, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    layout->addWidget(m_about, 0, Qt::AlignLeft);
    layout->addStretch();
}

void SettingsPanel::setPasswordChange(AccountService &accounts, const Session &session)
{
    if (m_password)
        return;
    m_password = new QPushButton(tr("Change my password…"), this);
    m_password->setObjectName(QStringLiteral("changePasswordButton"));
    m_password->setToolTip(tr("A new password for signing in (and for signing certificates, if you may)."));
    connect(m_password, &QPushButton::clicked, this, [this, &accounts, session] {
        ChangePasswordDialog dialog(accounts, session, this);
        dialog.exec();
    });
    //: Settings row: the signed-in person's password
    m_form->addRow(tr("Password:"), m_password);
}

void SettingsPanel::setSoundService(music::SoundService *sound)
{
    if (m_sound || !sound)
        return;
    m_sound = new music::SoundSettingsWidget(*sound, this);
    connect(m_sound, &music::SoundSettingsWidget::soundFontChosen, this, [](const QString &path) { UiSettings::setSoundFontPath(path); });
    //: Settings row: the SoundFont file the instruments' sounds come from
    m_form->addRow(tr("Sound:"), m_sound);
}

} // namespace stages
