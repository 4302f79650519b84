#include "ui/shell/settingspanel.h"

#include "i18n/translations.h"
#include "ui/shell/uisettings.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>

namespace stages {

SettingsPanel::SettingsPanel(const QString &databaseLocation, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    //: Language choice: use the language of the computer's system settings
    m_language->addItem(tr("As the system (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString &code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(UiSettings::language())));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });
    form->addRow(tr("Language:"), m_language);
    auto *database = new QLabel(QDir::toNativeSeparators(databaseLocation), this);
    database->setObjectName(QStringLiteral("databaseLocation"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);
    form->addRow(tr("Database:"), database);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The new language is used at once; the choice is remembered on this computer."), this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("hintSmall"));
    layout->addWidget(note);
    layout->addStretch();
}

} // namespace stages
